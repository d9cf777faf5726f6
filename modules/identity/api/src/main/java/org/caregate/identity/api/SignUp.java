package org.caregate.identity.api;

/**
 * A person creating their own patient account ({@code signUp}): they name their provider
 * ({@code dietitianId}) or bring an invite code, and choose a password.
 */
public record SignUp(String firstName, String lastName, String email, String password, String phoneNumber,
                     String inviteCode, String role, String dietitianId, String timezone) {
}
