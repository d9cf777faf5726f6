package org.caregate.web.identity;

import org.caregate.identity.api.GroupView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code UserGroup}; {@code users_count} is a string, as Healthie's example shows ("7"). */
@Name("UserGroup")
public record UserGroupNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("users_count") String usersCount,
        @Name("invite_code") String inviteCode,
        @Id @Name("onboarding_flow_id") String onboardingFlowId,
        @Name("created_at") String createdAt) {

    static UserGroupNode of(GroupView group) {
        return new UserGroupNode(Long.toString(group.id()), group.name(), Long.toString(group.usersCount()),
                group.inviteCode(), group.onboardingFlowId() != null ? group.onboardingFlowId().toString() : null,
                group.createdAt().toString());
    }
}
