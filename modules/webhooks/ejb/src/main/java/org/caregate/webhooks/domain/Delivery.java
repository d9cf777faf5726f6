package org.caregate.webhooks.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One event owed to one subscription. Its id is the stable delivery id the receiver sees on every attempt
 * ({@code webhook-id}, {@code X-Caregate-Delivery}), so a receiver that got it twice can tell. Pending until the
 * receiver accepts it, failed when it gives up (or the subscription is disabled); a failed delivery can be replayed.
 *
 * @param payload the body before signing or encryption, in the contract's shape
 */
public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String payload, Status status,
                       int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
                       Integer lastStatusCode, String lastError) {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DELIVERED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A delivery of an event, due now. */
    public static Delivery owed(UUID subscriptionId, UUID eventId, String eventType, String payload, Instant now) {
        return new Delivery(UUID.randomUUID(), subscriptionId, eventId, eventType, payload, Status.PENDING, 0, now, now,
                null, null, null);
    }
}
