package org.caregate.identity.api;

import java.time.LocalDate;

/**
 * Changes to a patient record ({@code updateClient} by a member, {@code updateUser} by the patient). A
 * {@code null} field is left as it is. {@code activeStatus false} archives the patient, {@code true}
 * reactivates. The notification triggers ({@code resendWelcome} … {@code requestedFormCompletionId}) take
 * precedence over every other change, as Healthie documents. A user changing their own password sends their
 * {@code currentPassword} with it.
 */
public record ClientChanges(String id, String currentEmail, String firstName, String lastName, String legalName,
                            String email, String phoneNumber, LocalDate dob, String gender, String timezone,
                            String recordIdentifier, Boolean activeStatus, String dietitianId, String userGroupId,
                            Boolean forChangingGroups, String password, String currentPassword,
                            Boolean resendWelcome,
                            Boolean sendFormRequestReminder, Boolean isIntakeItem, String requestedFormCompletionId) {

    /** Whether the request asks for an email or reminder to be sent. */
    public boolean triggersNotification() {
        return Boolean.TRUE.equals(resendWelcome) || Boolean.TRUE.equals(sendFormRequestReminder)
                || Boolean.TRUE.equals(isIntakeItem) || requestedFormCompletionId != null;
    }
}
