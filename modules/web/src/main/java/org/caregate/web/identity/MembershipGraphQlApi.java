package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.MemberChanges;
import org.caregate.identity.api.MembershipFacade;
import org.caregate.identity.api.MembershipView;
import org.caregate.identity.api.NewMember;
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

/** Healthie's organization members (seed 001 "Organization Management"). */
@GraphQLApi
@ApplicationScoped
public class MembershipGraphQlApi {

    @EJB
    MembershipFacade memberships;

    @Inject
    CurrentCaller caller;

    @Mutation("createOrganizationMembership")
    @Description("Adds a provider (org_role Standard, the default) or staff member (Support) to organization_id.")
    public MembershipPayload createOrganizationMembership(@Name("input") MembershipInput input) {
        MembershipInput in = input != null ? input : new MembershipInput();
        return GraphQlErrors.mutation(() -> MembershipPayload.of(memberships.createMembership(caller.get(),
                new NewMember(in.organizationId, in.firstName, in.lastName, in.email, in.password, in.title, in.orgRole,
                        in.sendInviteEmail, in.phoneNumber, in.timezone, in.licensedStates))), MembershipPayload::refused);
    }

    @Query("organizationMembers")
    @Description("The organization's providers and staff; sort_by defaults to last_name; pages of page_size (10).")
    public List<UserNode> organizationMembers(@Name("offset") Integer offset,
                                              @Name("page_size") Integer pageSize,
                                              @Name("keywords") String keywords,
                                              @Name("sort_by") String sortBy,
                                              @Name("licensed_in_state") String licensedInState,
                                              @Id @Name("conversation_id") String conversationId) {
        return GraphQlErrors.query(() -> memberships.members(caller.get(), offset, pageSize, keywords, sortBy,
                licensedInState, conversationId).stream().map(m -> UserNode.of(m.user())).toList());
    }

    @Mutation("updateOrganizationMembership")
    @Description("Changes a member's details, role and permissions. Without id: the member with this email, else the caller.")
    public MembershipPayload updateOrganizationMembership(@Name("input") UpdateMembershipInput input) {
        UpdateMembershipInput in = input != null ? input : new UpdateMembershipInput();
        return GraphQlErrors.mutation(() -> MembershipPayload.of(memberships.updateMembership(caller.get(),
                new MemberChanges(in.id, in.firstName, in.lastName, in.email, in.password, in.currentPassword, in.title, in.orgRole,
                        in.sendInviteEmail, in.phoneNumber, in.timezone, in.active, in.isDeveloper, in.isAdmin,
                        in.canAddMembers, in.canEditMembers, in.canSeeCalendar, in.canEditForms, in.licensedStates,
                        in.organizationId))),
                MembershipPayload::refused);
    }

    @Mutation("deleteOrganizationMembership")
    @Description("Removes a member and deactivates their account; super admins only.")
    public MembershipPayload deleteOrganizationMembership(@Name("input") DeleteMembershipInput input) {
        DeleteMembershipInput in = input != null ? input : new DeleteMembershipInput();
        return GraphQlErrors.mutation(() -> MembershipPayload.of(memberships.deleteMembership(caller.get(), in.id)),
                MembershipPayload::refused);
    }

    /** {@code createOrganizationMembership(input: createOrganizationMembershipInput)}. */
    @Input("createOrganizationMembershipInput")
    public static class MembershipInput {
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("email") public String email;
        @Name("password") public String password;
        @Name("title") public String title;
        @Name("org_role") public String orgRole;
        @Name("send_invite_email") public Boolean sendInviteEmail;
        @Name("phone_number") public String phoneNumber;
        @Name("dont_send_welcome") public Boolean dontSendWelcome;
        @Id @Name("organization_id") public String organizationId;
        @Name("timezone") public String timezone;
        @Name("licensed_states") public List<String> licensedStates;
    }

    /** {@code updateOrganizationMembership(input: updateOrganizationMembershipInput)}. */
    @Input("updateOrganizationMembershipInput")
    public static class UpdateMembershipInput extends MembershipInput {
        @Description("Caregate addition: required with password when members change their own password.")
        @Name("current_password") public String currentPassword;
        @Id @Name("id") public String id;
        @Name("active") public Boolean active;
        @Name("is_developer") public Boolean isDeveloper;
        @Name("is_admin") public Boolean isAdmin;
        @Name("can_add_members") public Boolean canAddMembers;
        @Name("can_edit_members") public Boolean canEditMembers;
        @Name("can_see_calendar") public Boolean canSeeCalendar;
        @Name("can_edit_forms") public Boolean canEditForms;
    }

    /** {@code deleteOrganizationMembership(input: deleteOrganizationMembershipInput)}. */
    @Input("deleteOrganizationMembershipInput")
    public static class DeleteMembershipInput {
        @Id @Name("id") public String id;
    }

    /** The membership a mutation created, changed or removed. */
    @Name("organizationMembershipPayload")
    public record MembershipPayload(@Name("organizationMembership") OrganizationMembershipNode organizationMembership,
                                    @Name("messages") List<FieldError> messages) {

        static MembershipPayload of(MembershipView membership) {
            return new MembershipPayload(OrganizationMembershipNode.of(membership), null);
        }

        static MembershipPayload refused(List<FieldError> messages) {
            return new MembershipPayload(null, messages);
        }
    }
}
