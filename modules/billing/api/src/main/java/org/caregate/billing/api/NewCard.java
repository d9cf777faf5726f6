package org.caregate.billing.api;

/**
 * {@code createStripeCustomerDetail}'s input: a gateway token (never a card number), the patient, an optional label
 * ({@code personal}, {@code hsa}, {@code fsa}) and whether it becomes the default card.
 */
public record NewCard(String token, String cardTypeLabel, String userId, Boolean isDefault) {
}
