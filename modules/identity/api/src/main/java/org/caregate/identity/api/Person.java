package org.caregate.identity.api;

/**
 * A person as other contexts need to know them: who they are, which organization they belong to, whether they
 * are a patient, and the time zone their calendar is kept in.
 *
 * @param timezone   the person's IANA time zone, or {@code null} when they never set one
 * @param externalId the id an EHR knows a patient by (Solo's patient id / HSID), or {@code null}
 */
public record Person(long id, long organizationId, boolean isPatient, String firstName, String lastName, String email,
                     String phoneNumber, String timezone, boolean active, Long userGroupId, String externalId) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
