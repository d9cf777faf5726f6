package org.caregate.scheduling.api;

/**
 * {@code completeCheckout}: a patient books a slot. Without an account, the name, email and phone number find
 * or register the patient in the provider's organization.
 */
public record CheckoutRequest(String appointmentTypeId, String contactType, String date, String timezone,
                              String firstName, String lastName, String email, String phoneNumber, String providerId) {
}
