package org.caregate.billing.api;

import java.time.Instant;

/** A card on file as the gateway described it: brand, last four digits, expiry — never the number. */
public record CardView(long id, long userId, String cardTypeLabel, boolean isDefault, String brand, String lastFour,
                       Integer expirationMonth, Integer expirationYear, Instant createdAt) {
}
