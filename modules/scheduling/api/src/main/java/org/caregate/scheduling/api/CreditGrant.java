package org.caregate.scheduling.api;

/**
 * One grant of appointment type credits: set a patient's credits for an appointment type ({@code id} names an
 * existing grant), or remove the grant with {@code destroy}.
 */
public record CreditGrant(String id, String appointmentTypeId, Integer totalCredits, Boolean destroy) {
}
