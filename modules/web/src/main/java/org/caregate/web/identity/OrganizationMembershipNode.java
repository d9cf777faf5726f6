package org.caregate.web.identity;

import java.util.List;
import org.caregate.identity.api.MembershipView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code OrganizationMembership}: a member's role and permissions. Its id is the member's user id. */
@Name("OrganizationMembership")
public record OrganizationMembershipNode(
        @Id @Name("id") String id,
        @Name("user") UserNode user,
        @Name("org_role") String orgRole,
        @Name("title") String title,
        @Name("is_admin") Boolean isAdmin,
        @Name("is_super_admin") Boolean isSuperAdmin,
        @Name("is_developer") Boolean isDeveloper,
        @Name("can_add_members") Boolean canAddMembers,
        @Name("can_edit_members") Boolean canEditMembers,
        @Name("can_see_calendar") Boolean canSeeCalendar,
        @Name("can_edit_forms") Boolean canEditForms,
        @Name("licensed_states") List<String> licensedStates) {

    static OrganizationMembershipNode of(MembershipView membership) {
        return new OrganizationMembershipNode(Long.toString(membership.id()), UserNode.of(membership.user()),
                membership.orgRole(), membership.title(), membership.isAdmin(), membership.isSuperAdmin(),
                membership.isDeveloper(), membership.canAddMembers(), membership.canEditMembers(),
                membership.canSeeCalendar(), membership.canEditForms(), membership.licensedStates());
    }
}
