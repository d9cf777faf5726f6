package org.caregate.webhooks.api;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as its owners see it, secret included (Healthie's signing secret, Solo's {@code encryptionKey}).
 *
 * @param failingSince the first failed attempt since the last success, or {@code null}
 */
public record WebhookView(String id, String style, String url, List<String> eventTypes, String secret,
                          boolean shouldRetry, boolean standardHeaders, boolean enabled, String disabledReason,
                          Instant failingSince, Instant createdAt, Instant updatedAt) {
}
