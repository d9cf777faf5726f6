package org.caregate.identity.api;

/** Who a patient booking without an account says they are (Healthie's unauthenticated {@code completeCheckout}). */
public record BookingPatient(String firstName, String lastName, String email, String phoneNumber, String timezone) {
}
