package org.caregate.webhooks.application;

import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.caregate.platform.crypto.SoloCipher;
import org.caregate.webhooks.domain.Attempt;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.HealthieSignature;
import org.caregate.webhooks.domain.ReceiverAnswer;
import org.caregate.webhooks.domain.RetrySchedule;
import org.caregate.webhooks.domain.StandardWebhooksSignature;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;

/**
 * Makes one attempt at a claimed delivery and decides what follows: delivered; retried on the schedule (or when the
 * receiver's {@code Retry-After} says); failed for good; the subscription disabled ({@code 410 Gone}, three days of
 * failures) and its owners told (after a day of failures, and on disabling). Every step is one atomic statement, so
 * attempts of one subscription running side by side keep its failure record right.
 */
public class DeliveryWorker {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Sent with every delivery: the stable delivery id and the event name, for receivers that log or de-duplicate. */
    static final String DELIVERY_HEADER = "X-Caregate-Delivery";
    static final String EVENT_HEADER = "X-Caregate-Event";

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final WebhookTransport transport;
    private final EndpointPolicy endpoints;
    private final RetrySchedule schedule;
    private final FailureNotices notices;
    private final Clock clock;

    public DeliveryWorker(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookTransport transport,
                          EndpointPolicy endpoints, RetrySchedule schedule, FailureNotices notices, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.transport = transport;
        this.endpoints = endpoints;
        this.schedule = schedule;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * One attempt at a claimed delivery of an enabled subscription, as the subscription was read for the batch the
     * delivery was claimed in.
     */
    public void deliver(Delivery delivery, Subscription subscription) {
        Instant now = clock.instant();
        WebhookTransport.Response response = send(subscription, delivery, now);
        Attempt attempt = new Attempt(delivery.id(), now, response.answer().statusCode(), response.latencyMillis(),
                response.error(), response.excerpt());
        ReceiverAnswer answer = response.answer();
        if (answer.delivered()) {
            deliveries.recordAttempt(attempt, Delivery.Status.DELIVERED, null);
            if (subscription.failingSince() != null) {
                subscriptions.recordSuccess(subscription.id());
            }
            return;
        }
        if (answer.gone()) {
            deliveries.recordAttempt(attempt, Delivery.Status.FAILED, null);
            disable(subscription, "the receiver answered 410 Gone", now);
            return;
        }
        Subscription failing = subscriptions.recordFailure(subscription.id(), now);
        if (!subscription.shouldRetry() || schedule.givesUp(delivery.createdAt(), now)) {
            deliveries.recordAttempt(attempt, Delivery.Status.FAILED, null);
        } else {
            Instant next = answer.retryAt(now).orElse(now.plus(schedule.delayAfter(delivery.attempts() + 1)));
            deliveries.recordAttempt(attempt, Delivery.Status.PENDING, next);
        }
        Instant failingSince = failing.failingSince() == null ? now : failing.failingSince();
        if (schedule.givesUp(failingSince, now)) {
            disable(subscription, "deliveries failed since " + failingSince, now);
        } else if (schedule.dueForNotice(failingSince, now) && subscriptions.markNoticed(subscription.id(), now)) {
            notices.tellOwners(subscription.organizationId(), "Caregate webhook failing: " + subscription.url(),
                    "Deliveries to " + subscription.url() + " (webhook " + subscription.id() + ") have failed since "
                            + failingSince + ". The last attempt: " + describe(attempt) + ". Caregate keeps retrying "
                            + "and disables the webhook if deliveries still fail " + schedule.giveUpAfter().toHours()
                            + " hours after the first failure.");
        }
    }

    /**
     * Disables the webhooks whose deliveries have failed, with no success in between, for longer than the schedule
     * allows — also those whose last delivery was given up a moment before that (a delivery's own time runs from its
     * creation, the webhook's from its first failure), and which would otherwise see no further attempt.
     */
    public void disableLongFailing() {
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.failingSinceBefore(now.minus(schedule.giveUpAfter()))) {
            disable(subscription, "deliveries failed since " + subscription.failingSince(), now);
        }
    }

    private WebhookTransport.Response send(Subscription subscription, Delivery delivery, Instant now) {
        Optional<String> refusal = endpoints.refusal(subscription.url());
        if (refusal.isPresent()) {
            return new WebhookTransport.Response(ReceiverAnswer.none(), 0, "not sent: the URL " + refusal.get(), null);
        }
        URI url = URI.create(subscription.url());
        Map<String, String> headers = new LinkedHashMap<>();
        String body;
        if (subscription.style() == WebhookStyle.HEALTHIE) {
            body = delivery.payload();
            headers.putAll(HealthieSignature.headers(subscription.secret(), path(url), query(url), body,
                    now.getEpochSecond()));
        } else {
            body = JSON.createObjectBuilder().add("event", delivery.eventType())
                    .add("data", SoloCipher.encrypt(subscription.secret(), delivery.payload())).build().toString();
            headers.put("Content-Type", "application/json");
        }
        if (subscription.standardHeaders()) {
            headers.putAll(StandardWebhooksSignature.headers(subscription.secret(), delivery.id().toString(),
                    now.getEpochSecond(), body));
        }
        headers.put(DELIVERY_HEADER, delivery.id().toString());
        headers.put(EVENT_HEADER, delivery.eventType());
        return transport.post(url, headers, body);
    }

    private void disable(Subscription subscription, String reason, Instant now) {
        subscriptions.disable(subscription.id(), reason, now);
        deliveries.failPending(subscription.id(), "the webhook was disabled: " + reason);
        notices.tellOwners(subscription.organizationId(), "Caregate webhook disabled: " + subscription.url(),
                "Caregate disabled webhook " + subscription.id() + " to " + subscription.url() + ": " + reason
                        + ". Its undelivered events are kept as failed deliveries; enable the webhook again and "
                        + "replay them (docs/webhooks.md).");
    }

    private static String describe(Attempt attempt) {
        return attempt.statusCode() != null ? "HTTP " + attempt.statusCode() : attempt.error();
    }

    /** The path as the receiver's framework reports it (seed 001 signs it): "/" when the URL has none. */
    static String path(URI url) {
        return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    }

    /** The query without its "?", empty when there is none. */
    static String query(URI url) {
        return url.getRawQuery() == null ? "" : url.getRawQuery();
    }
}
