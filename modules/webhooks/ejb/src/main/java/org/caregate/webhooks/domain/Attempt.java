package org.caregate.webhooks.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One try at a delivery, as the delivery log shows it.
 *
 * @param statusCode the receiver's HTTP status, or {@code null} when there was no answer
 * @param error      why there was no answer (refused, timed out, not allowed), or {@code null}
 * @param response   the start of the receiver's answer (at most 1,024 characters)
 */
public record Attempt(UUID deliveryId, Instant attemptedAt, Integer statusCode, long latencyMillis, String error,
                      String response) {
}
