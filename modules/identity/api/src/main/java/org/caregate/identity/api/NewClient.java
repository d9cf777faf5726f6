package org.caregate.identity.api;

import java.time.LocalDate;

/**
 * A patient a provider or staff member adds ({@code createClient}). Names are required; email is required
 * unless {@code skippedEmail}; the provider defaults to the caller.
 */
public record NewClient(String firstName, String lastName, String email, Boolean skippedEmail, String phoneNumber,
                        String dietitianId, String userGroupId, Boolean dontSendWelcome, String legalName,
                        LocalDate dob, String gender, String timezone, String recordIdentifier) {
}
