package org.caregate.webhooks.api;

import java.time.Instant;
import java.util.List;

/**
 * One delivery in a subscription's log: the event it carries, where it stands and every attempt so far.
 *
 * @param status {@code pending}, {@code delivered} or {@code failed}
 */
public record DeliveryView(String id, String webhookId, String eventId, String eventType, String payload,
                           String status, int attempts, Instant createdAt, Instant nextAttemptAt,
                           Instant lastAttemptAt, Integer lastStatusCode, String lastError,
                           List<AttemptView> attemptLog) {

    /** One attempt: when, the receiver's status (or why there was none), how long it took, the start of the answer. */
    public record AttemptView(Instant attemptedAt, Integer statusCode, long latencyMillis, String error,
                              String response) {
    }
}
