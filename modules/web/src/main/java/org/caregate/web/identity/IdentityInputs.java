package org.caregate.web.identity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The input types of Healthie's identity mutations, named and typed exactly as the seed's examples declare their
 * variables (e.g. {@code $dietitian_id: String}, {@code $user_id: ID}, {@code $ids: [ID!]}).
 */
public final class IdentityInputs {

    private IdentityInputs() {
    }

    /** {@code createClient(input: createClientInput)}. */
    @Input("createClientInput")
    public static class CreateClientInput {
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("legal_name") public String legalName;
        @Name("email") public String email;
        @Name("skipped_email") public Boolean skippedEmail;
        @Name("phone_number") public String phoneNumber;
        @Name("dietitian_id") public String dietitianId;
        @Name("user_group_id") public String userGroupId;
        @Name("dont_send_welcome") public Boolean dontSendWelcome;
        @Name("dob") public String dob;
        @Name("gender") public String gender;
        @Name("timezone") public String timezone;
        @Name("record_identifier") public String recordIdentifier;
    }

    /** {@code signUp(input: signUpInput)}. */
    @Input("signUpInput")
    public static class SignUpInput {
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("email") public String email;
        @Name("password") public String password;
        @Name("phone_number") public String phoneNumber;
        @Name("invite_code") public String inviteCode;
        @Name("provider_type") public String providerType;
        @Name("role") public String role;
        @Name("dietitian_id") public String dietitianId;
        @Name("timezone") public String timezone;
    }

    /** {@code signIn(input: signInInput)}. */
    @Input("signInInput")
    public static class SignInInput {
        @Name("email") public String email;
        @Name("password") public String password;
    }

    /** The fields {@code updateClient} and {@code updateUser} share. */
    public abstract static class PatientChangesInput {
        @Id @Name("id") public String id;
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("legal_name") public String legalName;
        @Name("email") public String email;
        @Name("phone_number") public String phoneNumber;
        @Name("dob") public String dob;
        @Name("gender") public String gender;
        @Name("timezone") public String timezone;
        @Name("password") public String password;
    }

    /** {@code updateClient(input: updateClientInput)}. */
    @Input("updateClientInput")
    public static class UpdateClientInput extends PatientChangesInput {
        @Name("record_identifier") public String recordIdentifier;
        @Name("active") public Boolean active;
        @Name("dietitian_id") public String dietitianId;
        @Name("user_group_id") public String userGroupId;
        @Name("for_changing_groups") public Boolean forChangingGroups;
        @Name("resend_welcome") public Boolean resendWelcome;
        @Name("send_form_request_reminder") public Boolean sendFormRequestReminder;
        @Name("is_intake_item") public Boolean isIntakeItem;
        @Name("requested_form_completion_id") public String requestedFormCompletionId;
        @Name("appointment_type_credits_attributes") public List<AppointmentTypeCreditInput> appointmentTypeCredits;

        /**
         * Whether this asks only for a form request's reminder ({@code send_form_request_reminder} with
         * {@code requested_form_completion_id}), which the forms context sends; the welcome is identity's.
         */
        boolean remindsOfAFormRequest() {
            return Boolean.TRUE.equals(sendFormRequestReminder) && requestedFormCompletionId != null
                    && !Boolean.TRUE.equals(resendWelcome) && !Boolean.TRUE.equals(isIntakeItem);
        }

        /**
         * Whether this asks only for the reminder of the patient's intake forms ({@code send_form_request_reminder}
         * with {@code is_intake_item}), which the forms context sends.
         */
        boolean remindsOfIntake() {
            return Boolean.TRUE.equals(sendFormRequestReminder) && Boolean.TRUE.equals(isIntakeItem)
                    && requestedFormCompletionId == null && !Boolean.TRUE.equals(resendWelcome);
        }
    }

    /**
     * One entry of {@code appointment_type_credits_attributes}: a patient's credits for one appointment type. The
     * JSON-B names are needed as well: SmallRye GraphQL 2.17 binds objects inside input lists through JSON-B
     * without the GraphQL names.
     */
    @Input("AppointmentTypeCreditInput")
    public static class AppointmentTypeCreditInput {
        @Id @Name("id") @JsonbProperty("id") public String id;
        @Id @Name("appointment_type_id") @JsonbProperty("appointment_type_id") public String appointmentTypeId;
        @Name("total_credits") @JsonbProperty("total_credits") public Integer totalCredits;
        @Name("_destroy") @JsonbProperty("_destroy") public Boolean destroy;
    }

    /** {@code updateUser(input: updateUserInput)}. */
    @Input("updateUserInput")
    public static class UpdateUserInput extends PatientChangesInput {
        @Name("current_email") public String currentEmail;
        @Description("Caregate addition: required with password when users change their own password.")
        @Name("current_password") public String currentPassword;
    }

    /** {@code bulkUpdateClients(input: bulkUpdateClientsInput)}. */
    @Input("bulkUpdateClientsInput")
    public static class BulkUpdateClientsInput {
        @Id @Name("ids") public List<@NonNull String> ids;
        @Name("user_group_id") public String userGroupId;
        @Name("active_status") public Boolean activeStatus;
    }

    /** {@code createApiKey(input: createApiKeyInput)}. */
    @Input("createApiKeyInput")
    public static class CreateApiKeyInput {
        @Name("name") public String name;
        @Id @Name("user_id") public String userId;
        @Description("Caregate addition: required when a signed-in session (not an API key) creates a key for "
                + "its own user, as the key outlives the session.")
        @Name("current_password") public String currentPassword;
    }

    /** {@code revokeApiKey(input: revokeApiKeyInput)}. */
    @Input("revokeApiKeyInput")
    public static class RevokeApiKeyInput {
        @Id @Name("id") public String id;
    }
}
