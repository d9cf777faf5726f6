package org.caregate.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organization's order to be told of events: where (the URL), which events, under which contract, with which
 * secret, and whether failed deliveries are retried. A subscription is disabled by its owners (Solo's DELETE), by
 * its receiver ({@code 410 Gone}) or after three days of failures; its delivery history stays.
 *
 * @param failingSince      the first failed attempt since the last success, or {@code null} while deliveries succeed
 * @param failureNoticedAt  when the owners were emailed about the current run of failures
 */
public record Subscription(UUID id, long organizationId, WebhookStyle style, String url, List<String> eventTypes,
                           String secret, boolean shouldRetry, boolean standardHeaders, boolean enabled,
                           String disabledReason, Instant failingSince, Instant failureNoticedAt, Instant createdAt,
                           Instant updatedAt) {

    public Subscription {
        eventTypes = List.copyOf(eventTypes);
    }

    /** A new, enabled subscription with a fresh secret. */
    public static Subscription subscribe(long organizationId, WebhookStyle style, String url, List<String> eventTypes,
                                         boolean shouldRetry, boolean standardHeaders, Instant now) {
        return new Subscription(UUID.randomUUID(), organizationId, style, url, eventTypes, Secrets.newSecret(style),
                shouldRetry, standardHeaders, true, null, null, null, now, now);
    }

    /** Whether this subscription wants events of this name (in its contract's words). */
    public boolean wants(String eventName) {
        return enabled && eventTypes.contains(eventName);
    }

    /** The same subscription sent elsewhere, for other events, or retried differently. */
    public Subscription change(String newUrl, List<String> newEventTypes, boolean retry, boolean headers, Instant now) {
        return new Subscription(id, organizationId, style, newUrl, newEventTypes, secret, retry, headers, enabled,
                disabledReason, failingSince, failureNoticedAt, createdAt, now);
    }

    /** Switched off, for the reason given; nothing more is delivered until it is enabled again. */
    public Subscription disable(String reason, Instant now) {
        return new Subscription(id, organizationId, style, url, eventTypes, secret, shouldRetry, standardHeaders, false,
                reason, failingSince, failureNoticedAt, createdAt, now);
    }

    /** Switched on again: a fresh start, its past failures forgotten. */
    public Subscription enable(Instant now) {
        return new Subscription(id, organizationId, style, url, eventTypes, secret, shouldRetry, standardHeaders, true,
                null, null, null, createdAt, now);
    }
}
