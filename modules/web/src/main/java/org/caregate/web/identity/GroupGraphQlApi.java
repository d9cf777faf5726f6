package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.GroupFacade;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.input.Access;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** Healthie's User Groups (seed 001 "User Groups"). */
@GraphQLApi
@ApplicationScoped
public class GroupGraphQlApi {

    @EJB
    GroupFacade groups;

    @Inject
    CurrentCaller caller;

    @Mutation("createGroup")
    @Description("Creates a patient group with a fresh invite code.")
    public UserGroupPayload createGroup(@Name("input") CreateGroupInput input) {
        CreateGroupInput in = input != null ? input : new CreateGroupInput();
        return GraphQlErrors.mutation(() -> UserGroupPayload.of(groups.createGroup(caller.get(), in.name)),
                UserGroupPayload::refused);
    }

    @Query("userGroup")
    @Description("A patient group of the caller's organization.")
    public UserGroupNode userGroup(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> UserGroupNode.of(groups.group(caller.get(), groupId(id))));
    }

    @Mutation("updateUserGroup")
    @Description("Renames a group.")
    public UserGroupPayload updateUserGroup(@Name("input") UpdateUserGroupInput input) {
        UpdateUserGroupInput in = input != null ? input : new UpdateUserGroupInput();
        return GraphQlErrors.mutation(() -> UserGroupPayload.of(groups.updateGroup(caller.get(), groupId(in.id), in.name,
                in.onboardingFlowId)), UserGroupPayload::refused);
    }

    @Mutation("deleteUserGroup")
    @Description("Deletes a group; its patients move to group_to_receive_clients, or into no group.")
    public UserGroupPayload deleteUserGroup(@Name("input") DeleteUserGroupInput input) {
        DeleteUserGroupInput in = input != null ? input : new DeleteUserGroupInput();
        return GraphQlErrors.mutation(() -> UserGroupPayload.of(groups.deleteGroup(caller.get(), groupId(in.id),
                in.groupToReceiveClients)), UserGroupPayload::refused);
    }

    @Query("userGroups")
    @Description("The organization's groups; should_paginate defaults to false (pages of 10 when true).")
    public List<UserGroupNode> userGroups(@Name("offset") Integer offset,
                                          @Name("keywords") String keywords,
                                          @Name("sort_by") String sortBy,
                                          @Name("should_paginate") Boolean shouldPaginate,
                                          @Name("page_size") Integer pageSize) {
        return GraphQlErrors.query(() -> groups.groups(caller.get(), offset, keywords, sortBy, shouldPaginate, pageSize)
                .stream().map(UserGroupNode::of).toList());
    }

    @Query("userGroupsCount")
    @Description("How many groups match the keywords.")
    public Integer userGroupsCount(@Name("keywords") String keywords) {
        return GraphQlErrors.query(() -> Math.toIntExact(groups.groupsCount(caller.get(), keywords)));
    }

    /**
     * The group id in {@code id}, read once the caller is known to be staff: as the use case refuses, a patient
     * hears that only providers and staff may, before anything about the id.
     */
    private UserGroupId groupId(String id) {
        Access.requireMember(caller.get());
        return UserGroupId.parse("id", id);
    }

    /** {@code createGroup(input: createGroupInput)}. */
    @Input("createGroupInput")
    public static class CreateGroupInput {
        @Name("name") public String name;
    }

    /** {@code updateUserGroup(input: updateUserGroupInput)}. */
    @Input("updateUserGroupInput")
    public static class UpdateUserGroupInput {
        @Id @Name("id") public String id;
        @Name("name") public String name;
        @Id @Name("onboarding_flow_id") public String onboardingFlowId;
    }

    /** {@code deleteUserGroup(input: deleteUserGroupInput)}. */
    @Input("deleteUserGroupInput")
    public static class DeleteUserGroupInput {
        @Id @Name("id") public String id;
        @Id @Name("group_to_receive_clients") public String groupToReceiveClients;
    }

    /** The group a mutation created, changed or deleted. */
    @Name("userGroupPayload")
    public record UserGroupPayload(@Name("user_group") UserGroupNode userGroup,
                                   @Name("messages") List<FieldError> messages) {

        static UserGroupPayload of(org.caregate.identity.api.GroupView group) {
            return new UserGroupPayload(UserGroupNode.of(group), null);
        }

        static UserGroupPayload refused(List<FieldError> messages) {
            return new UserGroupPayload(null, messages);
        }
    }
}
