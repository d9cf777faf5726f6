package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.caregate.forms.api.OnboardingFacade;
import org.caregate.forms.api.RequestedFormCompletionFacade;
import org.caregate.identity.api.AccessFacade;
import org.caregate.identity.api.ClientChanges;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.IssuedApiKey;
import org.caregate.identity.api.NewClient;
import org.caregate.identity.api.SignUp;
import org.caregate.identity.api.SignedIn;
import org.caregate.identity.api.UserQuery;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.id.ApiKeyId;
import org.caregate.kernel.id.RequestedFormCompletionId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentTypeFacade;
import org.caregate.scheduling.api.CreditGrant;
import org.caregate.web.graphql.Cursors;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.IdentityInputs.BulkUpdateClientsInput;
import org.caregate.web.identity.IdentityInputs.CreateApiKeyInput;
import org.caregate.web.identity.IdentityInputs.CreateClientInput;
import org.caregate.web.identity.IdentityInputs.RevokeApiKeyInput;
import org.caregate.web.identity.IdentityInputs.SignInInput;
import org.caregate.web.identity.IdentityInputs.SignUpInput;
import org.caregate.web.identity.IdentityInputs.UpdateClientInput;
import org.caregate.web.identity.IdentityInputs.UpdateUserInput;
import org.caregate.web.identity.IdentityPayloads.BulkUpdateClientsPayload;
import org.caregate.web.identity.IdentityPayloads.CreateApiKeyPayload;
import org.caregate.web.identity.IdentityPayloads.RevokeApiKeyPayload;
import org.caregate.web.identity.IdentityPayloads.SignInPayload;
import org.caregate.web.identity.IdentityPayloads.SignOutPayload;
import org.caregate.web.identity.IdentityPayloads.UserPayload;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * Healthie's identity operations (seed 001 "Authentication", "User Accounts", "Patient (Client) Management"):
 * argument names, types and defaults as the seed's examples declare them.
 */
@GraphQLApi
@ApplicationScoped
public class IdentityGraphQlApi {

    /** Only for updateClient's appointment_type_credits_attributes, which Healthie puts on the patient. */
    @EJB
    AppointmentTypeFacade appointmentTypes;

    @EJB
    IdentityFacade identity;

    @EJB
    AccessFacade access;

    @EJB
    RequestedFormCompletionFacade formRequests;

    @EJB
    OnboardingFacade onboarding;

    @Inject
    CurrentCaller caller;

    @Query("user")
    @Description("A user by id; with or_current_user, the signed-in user when the id is missing or not visible.")
    public UserNode user(@Id @Name("id") String id,
                         @Name("or_current_user") Boolean orCurrentUser,
                         @Name("clear_notifs") Boolean clearNotifs) {
        return GraphQlErrors.query(() -> UserNode.of(identity.user(caller.get(), id, Boolean.TRUE.equals(orCurrentUser))));
    }

    @Query("users")
    @Description("The organization's patients: keywords (all terms must match), status, provider, sort, pages of 10.")
    public List<UserNode> users(@Name("offset") Integer offset,
                                @Name("keywords") String keywords,
                                @Name("sort_by") String sortBy,
                                @Name("active_status") String activeStatus,
                                @Name("group_id") String groupId,
                                @Name("conversation_id") @Id String conversationId,
                                @Name("show_all_by_default") Boolean showAllByDefault,
                                @Name("should_paginate") Boolean shouldPaginate,
                                @Name("provider_id") String providerId,
                                @Name("limited_to_provider") Boolean limitedToProvider,
                                @Name("page_size") Integer pageSize) {
        UserQuery query = new UserQuery(offset, keywords, sortBy, activeStatus, groupId, showAllByDefault,
                shouldPaginate, providerId, limitedToProvider, conversationId, pageSize);
        return GraphQlErrors.query(() -> identity.users(caller.get(), query).stream().map(UserNode::of).toList());
    }

    @Query("usersCount")
    @Description("How many patients the same arguments of users would page through.")
    public Integer usersCount(@Name("keywords") String keywords,
                              @Name("active_status") String activeStatus,
                              @Name("group_id") String groupId,
                              @Name("conversation_id") @Id String conversationId,
                              @Name("provider_id") String providerId,
                              @Name("limited_to_provider") Boolean limitedToProvider,
                              @Name("show_all_by_default") Boolean showAllByDefault) {
        UserQuery query = new UserQuery(null, keywords, null, activeStatus, groupId, showAllByDefault, false,
                providerId, limitedToProvider, conversationId, null);
        return GraphQlErrors.query(() -> Math.toIntExact(identity.usersCount(caller.get(), query)));
    }

    @Mutation("createClient")
    @Description("A provider or staff member adds a patient.")
    public UserPayload createClient(@Name("input") CreateClientInput input) {
        CreateClientInput in = input != null ? input : new CreateClientInput();
        return GraphQlErrors.mutation(() -> UserPayload.of(UserNode.of(identity.createClient(caller.get(),
                new NewClient(in.firstName, in.lastName, in.email, in.skippedEmail, in.phoneNumber, in.dietitianId,
                        in.userGroupId, in.dontSendWelcome, in.legalName, date("dob", in.dob), in.gender,
                        in.timezone, in.recordIdentifier)))), UserPayload::refused);
    }

    @Mutation("signUp")
    @Description("A person creates their own patient account; needs no API key.")
    public UserPayload signUp(@Name("input") SignUpInput input) {
        SignUpInput in = input != null ? input : new SignUpInput();
        return GraphQlErrors.mutation(() -> UserPayload.of(UserNode.of(identity.signUp(caller.get(),
                new SignUp(in.firstName, in.lastName, in.email, in.password, in.phoneNumber, in.inviteCode, in.role,
                        in.dietitianId, in.timezone)))), UserPayload::refused);
    }

    @Mutation("signIn")
    @Description("Signs in with email and password; the token works like an API key for 12 hours.")
    public SignInPayload signIn(@Name("input") SignInInput input) {
        SignInInput in = input != null ? input : new SignInInput();
        return GraphQlErrors.mutation(() -> {
            SignedIn signedIn = access.signIn(caller.get(), in.email, in.password);
            return new SignInPayload(signedIn.token(), signedIn.token(), UserNode.of(signedIn.user()), null);
        }, messages -> new SignInPayload(null, null, null, messages));
    }

    @Mutation("updateClient")
    @Description("A provider or staff member changes a patient; active: false archives, true reactivates; "
            + "appointment_type_credits_attributes sets the patient's appointment type credits. All or nothing.")
    @Transactional
    public UserPayload updateClient(@Name("input") UpdateClientInput input) {
        UpdateClientInput in = input != null ? input : new UpdateClientInput();
        return GraphQlErrors.mutation(() -> {
            if (in.remindsOfAFormRequest()) {
                // Healthie: the reminder takes precedence over every demographic change, which is not made
                Access.requireMember(caller.get());
                formRequests.remind(caller.get(), UserId.parse("id", in.id), RequestedFormCompletionId.parse(
                        "requested_form_completion_id", in.requestedFormCompletionId));
                return UserPayload.of(UserNode.of(identity.user(caller.get(), in.id, false)));
            }
            if (in.remindsOfIntake()) {
                Access.requireMember(caller.get());
                onboarding.remindOfIntake(caller.get(), UserId.parse("id", in.id));
                return UserPayload.of(UserNode.of(identity.user(caller.get(), in.id, false)));
            }
            UserView patient = identity.updateClient(caller.get(), new ClientChanges(in.id, null, in.firstName,
                    in.lastName, in.legalName, in.email, in.phoneNumber, date("dob", in.dob), in.gender, in.timezone,
                    in.recordIdentifier, in.active, in.dietitianId, in.userGroupId, in.forChangingGroups, in.password,
                    null, in.resendWelcome, in.sendFormRequestReminder, in.isIntakeItem, in.requestedFormCompletionId));
            if (in.appointmentTypeCredits != null) {
                appointmentTypes.grantCredits(caller.get(), UserId.parse("id", in.id), in.appointmentTypeCredits
                        .stream().map(c -> new CreditGrant(c.id, c.appointmentTypeId, c.totalCredits, c.destroy))
                        .toList());
            }
            return UserPayload.of(UserNode.of(patient));
        }, UserPayload::refused);
    }

    @Mutation("updateUser")
    @Description("A patient changes their own account (or a member a patient's); id defaults to the caller. "
            + "Changing one's own password needs current_password, and ends one's other sessions (and a patient's "
            + "API keys).")
    public UserPayload updateUser(@Name("input") UpdateUserInput input) {
        UpdateUserInput in = input != null ? input : new UpdateUserInput();
        return GraphQlErrors.mutation(() -> UserPayload.of(UserNode.of(identity.updateUser(caller.get(),
                new ClientChanges(in.id, in.currentEmail, in.firstName, in.lastName, in.legalName, in.email,
                        in.phoneNumber, date("dob", in.dob), in.gender, in.timezone, null, null, null, null, null,
                        in.password, in.currentPassword, null, null, null, null)))), UserPayload::refused);
    }

    @Mutation("bulkUpdateClients")
    @Description("Archives/reactivates or regroups several patients; user_group_id wins over active_status.")
    public BulkUpdateClientsPayload bulkUpdateClients(@Name("input") BulkUpdateClientsInput input) {
        BulkUpdateClientsInput in = input != null ? input : new BulkUpdateClientsInput();
        return GraphQlErrors.mutation(() -> new BulkUpdateClientsPayload(identity.bulkUpdateClients(caller.get(),
                        in.ids, in.userGroupId, in.activeStatus).stream().map(UserNode::of).toList(), null),
                messages -> new BulkUpdateClientsPayload(null, messages));
    }

    @Mutation("createApiKey")
    @Description("Creates an API key for user_id; the key is returned only in this response.")
    public CreateApiKeyPayload createApiKey(@Name("input") CreateApiKeyInput input) {
        CreateApiKeyInput in = input != null ? input : new CreateApiKeyInput();
        return GraphQlErrors.mutation(() -> {
            IssuedApiKey issued = access.createApiKey(caller.get(), in.name, in.userId, in.currentPassword);
            return new CreateApiKeyPayload(issued.secret(), ApiKeyNode.of(issued.key()), null);
        }, messages -> new CreateApiKeyPayload(null, null, messages));
    }

    @Mutation("signOut")
    @Description("Caregate addition: ends the session whose token the request presents (from signIn); the token "
            + "is refused from then on. An API key is revoked with revokeApiKey instead.")
    public SignOutPayload signOut() {
        return GraphQlErrors.mutation(() -> {
            access.signOut(caller.get());
            return new SignOutPayload(true, null);
        }, messages -> new SignOutPayload(false, messages));
    }

    @Mutation("revokeApiKey")
    @Description("Revokes an API key at once; requests that present it get 401 from then on.")
    public RevokeApiKeyPayload revokeApiKey(@Name("input") RevokeApiKeyInput input) {
        RevokeApiKeyInput in = input != null ? input : new RevokeApiKeyInput();
        return GraphQlErrors.mutation(() -> new RevokeApiKeyPayload(ApiKeyNode.of(access.revokeApiKey(caller.get(),
                ApiKeyId.parse("id", in.id))), null),
                messages -> new RevokeApiKeyPayload(null, messages));
    }

    @Query("api_keys")
    @Description("The caller's API keys, newest first, with cursor pagination (after).")
    public List<ApiKeyNode> apiKeys(@Name("after") String after,
                                    @Name("page_size") @DefaultValue("10") Integer pageSize) {
        return GraphQlErrors.query(() -> access.apiKeys(caller.get(), Cursors.decode(after), pageSize).stream()
                .map(ApiKeyNode::of).toList());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2010-10-10");
        }
    }
}
