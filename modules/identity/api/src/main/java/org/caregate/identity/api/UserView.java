package org.caregate.identity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A user as the caller may see them: a patient or a member (provider, staff) of the caller's organization,
 * with the EHR demographics Solo integrations keep.
 *
 * @param orgRole   "Standard" (provider) or "Support" (staff) for members; {@code null} for patients
 * @param demographicsJson Solo's {@code name[]}, {@code telecom[]}, {@code contact[]} and {@code address[]}
 *                  lists as a JSON object with those keys
 */
public record UserView(long id, long organizationId, boolean isPatient, String orgRole, boolean isOwner,
                       String firstName, String lastName, String legalName, String email, String phoneNumber,
                       LocalDate dob, String gender, String timezone, String recordIdentifier, String npi,
                       boolean active, Long dietitianId, Long userGroupId, String externalId, String mrn,
                       String accountNumber, String maritalStatus, String preferredLanguage, String race, String ethnicity,
                       boolean deceased, LocalDateTime deceasedAt, boolean linkedByEmail,
                       String sharedEmailGroupType, String sharedEmailGroupName, String demographicsJson,
                       Instant createdAt, Instant updatedAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
