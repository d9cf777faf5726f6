package org.caregate.web.identity;

import java.time.format.DateTimeFormatter;
import org.caregate.identity.api.UserView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code User}: a patient ({@code is_patient: true}) or a provider or staff member, with
 * snake_case fields as Healthie names them.
 */
@Name("User")
public record UserNode(
        @Id @Name("id") String id,
        @Name("first_name") String firstName,
        @Name("last_name") String lastName,
        @Name("legal_name") String legalName,
        @Name("full_name") String fullName,
        @Name("name") String name,
        @Name("email") String email,
        @Name("phone_number") String phoneNumber,
        @Name("dob") String dob,
        @Name("gender") String gender,
        @Name("timezone") String timezone,
        @Name("record_identifier") String recordIdentifier,
        @Name("npi") String npi,
        @Name("active") Boolean active,
        @Name("is_patient") Boolean isPatient,
        @Name("org_role") String orgRole,
        @Name("is_owner") Boolean isOwner,
        @Name("dietitian_id") String dietitianId,
        @Id @Name("user_group_id") String userGroupId,
        @Description("The URL of the user's picture; Caregate stores no pictures, so always null.")
        @Name("avatar_url") String avatarUrl,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt) {

    /** What a caller without an account reads of a provider it booked with: who they are, by name. */
    public static UserNode providerCard(long id, String firstName, String lastName) {
        String fullName = firstName + " " + lastName;
        return new UserNode(Long.toString(id), firstName, lastName, null, fullName, fullName, null, null, null, null,
                null, null, null, null, false, null, null, null, null, null, null, null);
    }

    public static UserNode of(UserView user) {
        if (user == null) {
            return null;
        }
        return new UserNode(Long.toString(user.id()), user.firstName(), user.lastName(), user.legalName(),
                user.fullName(), user.fullName(), user.email(), user.phoneNumber(),
                user.dob() != null ? user.dob().format(DateTimeFormatter.ISO_LOCAL_DATE) : null,
                user.gender(), user.timezone(), user.recordIdentifier(), user.npi(), user.active(), user.isPatient(),
                user.orgRole(), user.isOwner(), user.dietitianId() != null ? user.dietitianId().toString() : null,
                user.userGroupId() != null ? user.userGroupId().toString() : null,
                null, user.createdAt().toString(), user.updatedAt().toString());
    }
}
