package org.caregate.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.platform.crypto.SoloCipher;
import org.caregate.webhooks.domain.Attempt;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.ReceiverAnswer;
import org.caregate.webhooks.domain.RetrySchedule;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;
import org.junit.jupiter.api.Test;

/** What one attempt leads to, over in-memory repositories and a scripted receiver. */
class DeliveryWorkerTest {

    static final Instant START = Instant.parse("2026-11-23T12:00:00Z");

    final MovableClock clock = new MovableClock();
    final Subscriptions subscriptions = new Subscriptions();
    final Deliveries deliveries = new Deliveries();
    final ScriptedReceiver receiver = new ScriptedReceiver();
    final List<String> notices = new ArrayList<>();
    final DeliveryWorker worker = new DeliveryWorker(subscriptions, deliveries, receiver,
            new EndpointPolicy("127.0.0.1", InetAddress::getAllByName), RetrySchedule.DEFAULT,
            (organization, subject, text) -> notices.add(subject), clock);

    Subscription subscribe(WebhookStyle style, boolean retry) {
        Subscription subscription = Subscription.subscribe(7, style, "http://127.0.0.1:9/hook?a=b", List.of("patient.created"),
                retry, false, START);
        subscriptions.add(subscription);
        return subscription;
    }

    /** The dispatcher's way: the delivery with its subscription as read for the claimed batch. */
    void attempt(Delivery delivery) {
        worker.deliver(delivery, subscriptions.enabledByIds(List.of(delivery.subscriptionId()))
                .get(delivery.subscriptionId()));
    }

    Delivery owe(Subscription subscription, String payload) {
        Delivery delivery = Delivery.owed(subscription.id(), UUID.randomUUID(), "patient.created", payload, clock.instant());
        deliveries.add(delivery);
        return delivery;
    }

    @Test
    void aFailureIsRetriedOnTheScheduleAndASuccessEndsTheRunOfFailures() {
        Subscription subscription = subscribe(WebhookStyle.HEALTHIE, true);
        Delivery delivery = owe(subscription, "{\"resource_id\":1}");
        receiver.script(500, 200);
        attempt(delivery);
        assertThat(deliveries.status.get(delivery.id())).isEqualTo(Delivery.Status.PENDING);
        assertThat(deliveries.next.get(delivery.id())).isEqualTo(START.plusSeconds(30));
        assertThat(subscriptions.find(subscription.id()).orElseThrow().failingSince()).isEqualTo(START);
        clock.advance(Duration.ofSeconds(30));
        attempt(deliveries.current(delivery.id()));
        assertThat(deliveries.status.get(delivery.id())).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(subscriptions.find(subscription.id()).orElseThrow().failingSince()).isNull();
        assertThat(receiver.sent).extracting(s -> s.headers().get("X-Caregate-Delivery")).containsOnly(delivery.id().toString());
        assertThat(receiver.sent.get(0).headers()).containsKeys("Content-Digest", "Signature-Input", "Signature");
    }

    @Test
    void aDayOfFailuresTellsTheOwnersOnceAndThreeDaysDisable() {
        Subscription subscription = subscribe(WebhookStyle.HEALTHIE, true);
        Delivery delivery = owe(subscription, "{}");
        receiver.always(503);
        while (deliveries.status.get(delivery.id()) == Delivery.Status.PENDING) {
            clock.set(deliveries.next.get(delivery.id()));
            attempt(deliveries.current(delivery.id()));
        }
        assertThat(notices).containsExactly("Caregate webhook failing: http://127.0.0.1:9/hook?a=b",
                "Caregate webhook disabled: http://127.0.0.1:9/hook?a=b");
        Subscription disabled = subscriptions.find(subscription.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(Duration.between(START, clock.instant())).isBetween(Duration.ofHours(72), Duration.ofHours(80));
        assertThat(deliveries.status.get(delivery.id())).isEqualTo(Delivery.Status.FAILED);
    }

    @Test
    void aWebhookWhoseLastDeliveryGaveUpBeforeItsWindowIsStillDisabled() {
        // a delivery's time runs from its creation, the webhook's from its first failure: a delivery first tried
        // late (it waited while the server was down) gives up while the webhook has failed for less than three
        // days, and no attempt follows to disable it (seen as a flaky WebhooksIT, where the gap is a second)
        Subscription subscription = subscribe(WebhookStyle.HEALTHIE, true);
        Delivery delivery = owe(subscription, "{}");
        receiver.always(503);
        clock.advance(Duration.ofHours(10));
        attempt(deliveries.current(delivery.id()));
        while (deliveries.status.get(delivery.id()) == Delivery.Status.PENDING) {
            clock.set(deliveries.next.get(delivery.id()));
            attempt(deliveries.current(delivery.id()));
        }
        Subscription given = subscriptions.find(subscription.id()).orElseThrow();
        assertThat(given.enabled()).as("the delivery gave up first").isTrue();

        clock.set(given.failingSince().plus(Duration.ofHours(72)));
        worker.disableLongFailing();
        assertThat(subscriptions.find(subscription.id()).orElseThrow().enabled()).isFalse();
        assertThat(notices).last().isEqualTo("Caregate webhook disabled: http://127.0.0.1:9/hook?a=b");
    }

    @Test
    void goneDisablesAndNoRetryFailsAtOnce() {
        Subscription gone = subscribe(WebhookStyle.HEALTHIE, true);
        Delivery first = owe(gone, "{}");
        Delivery queued = owe(gone, "{}");
        receiver.script(410);
        attempt(first);
        assertThat(subscriptions.find(gone.id()).orElseThrow().enabled()).isFalse();
        assertThat(deliveries.status.get(queued.id())).as("pending ones fail with it").isEqualTo(Delivery.Status.FAILED);

        Subscription once = subscribe(WebhookStyle.HEALTHIE, false);
        Delivery delivery = owe(once, "{}");
        receiver.script(500);
        attempt(delivery);
        assertThat(deliveries.status.get(delivery.id())).isEqualTo(Delivery.Status.FAILED);
    }

    @Test
    void soloDeliveriesAreEncryptedWithTheSubscriptionsKeyAndRefusedUrlsAreNotCalled() {
        Subscription solo = subscribe(WebhookStyle.SOLO, true);
        String payload = "{\"event\":\"patient:created\",\"data\":{\"patientId\":3}}";
        receiver.script(200);
        attempt(owe(solo, payload));
        String body = receiver.sent.get(0).body();
        String encrypted = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getString("data");
        assertThat(SoloCipher.decrypt(solo.secret(), encrypted)).contains(payload);

        Subscription internal = new Subscription(UUID.randomUUID(), 7, WebhookStyle.HEALTHIE, "http://169.254.169.254/x",
                List.of("patient.created"), "s", true, false, true, null, null, null, START, START);
        subscriptions.add(internal);
        Delivery refused = owe(internal, "{}");
        attempt(refused);
        assertThat(receiver.sent).hasSize(1);
        assertThat(deliveries.errors.get(refused.id())).contains("internal address");
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** A receiver that answers from a script, then with its default. */
    static final class ScriptedReceiver implements WebhookTransport {
        record Sent(URI url, Map<String, String> headers, String body) {
        }

        final List<Sent> sent = new ArrayList<>();
        final Deque<Integer> script = new ArrayDeque<>();
        int otherwise = 200;

        void script(Integer... statuses) {
            script.addAll(List.of(statuses));
        }

        void always(int status) {
            otherwise = status;
        }

        @Override
        public Response post(URI url, Map<String, String> headers, String body) {
            sent.add(new Sent(url, headers, body));
            Integer status = script.poll();
            return new Response(new ReceiverAnswer(status == null ? otherwise : status, null), 3, null, "ok");
        }
    }

    static final class Subscriptions implements SubscriptionRepository {
        final Map<UUID, Subscription> byId = new HashMap<>();

        @Override
        public void add(Subscription s) {
            byId.put(s.id(), s);
        }

        @Override
        public void update(Subscription s) {
            byId.put(s.id(), s);
        }

        @Override
        public Optional<Subscription> findForUpdate(long organizationId, UUID id) {
            return find(id).filter(s -> s.organizationId() == organizationId);
        }

        @Override
        public Map<UUID, Subscription> enabledByIds(Collection<UUID> ids) {
            Map<UUID, Subscription> enabled = new HashMap<>();
            ids.forEach(id -> find(id).filter(Subscription::enabled).ifPresent(s -> enabled.put(id, s)));
            return enabled;
        }

        @Override
        public Optional<Subscription> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Subscription> list(long organizationId, WebhookStyle style) {
            return byId.values().stream().filter(s -> s.organizationId() == organizationId && s.style() == style).toList();
        }

        @Override
        public Subscription recordFailure(UUID id, Instant at) {
            Subscription s = byId.get(id);
            Subscription failing = new Subscription(s.id(), s.organizationId(), s.style(), s.url(), s.eventTypes(),
                    s.secret(), s.shouldRetry(), s.standardHeaders(), s.enabled(), s.disabledReason(),
                    s.failingSince() == null ? at : s.failingSince(), s.failureNoticedAt(), s.createdAt(), s.updatedAt());
            byId.put(id, failing);
            return failing;
        }

        @Override
        public void disable(UUID id, String reason, Instant at) {
            byId.put(id, byId.get(id).disable(reason, at));
        }

        @Override
        public void recordSuccess(UUID id) {
            Subscription s = byId.get(id);
            byId.put(id, new Subscription(s.id(), s.organizationId(), s.style(), s.url(), s.eventTypes(), s.secret(),
                    s.shouldRetry(), s.standardHeaders(), s.enabled(), s.disabledReason(), null, null, s.createdAt(),
                    s.updatedAt()));
        }

        @Override
        public boolean markNoticed(UUID id, Instant at) {
            Subscription s = byId.get(id);
            if (s.failureNoticedAt() != null) {
                return false;
            }
            byId.put(id, new Subscription(s.id(), s.organizationId(), s.style(), s.url(), s.eventTypes(), s.secret(),
                    s.shouldRetry(), s.standardHeaders(), s.enabled(), s.disabledReason(), s.failingSince(), at,
                    s.createdAt(), s.updatedAt()));
            return true;
        }

        @Override
        public List<Subscription> enabledOf(Collection<Long> organizationIds) {
            return byId.values().stream().filter(s -> s.enabled() && organizationIds.contains(s.organizationId())).toList();
        }

        @Override
        public List<Subscription> failingSinceBefore(Instant cutoff) {
            return byId.values().stream().filter(s -> s.enabled() && s.failingSince() != null
                    && !s.failingSince().isAfter(cutoff)).toList();
        }
    }

    static final class Deliveries implements DeliveryRepository {
        final Map<UUID, Delivery> byId = new HashMap<>();
        final Map<UUID, Delivery.Status> status = new HashMap<>();
        final Map<UUID, Instant> next = new HashMap<>();
        final Map<UUID, Integer> attempts = new HashMap<>();
        final Map<UUID, String> errors = new HashMap<>();

        Delivery current(UUID id) {
            Delivery d = byId.get(id);
            return new Delivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.payload(), status.get(id),
                    attempts.getOrDefault(id, 0), d.createdAt(), next.get(id), null, null, null);
        }

        @Override
        public boolean consumeOnce(UUID eventId) {
            return true;
        }

        @Override
        public void add(Delivery delivery) {
            byId.put(delivery.id(), delivery);
            status.put(delivery.id(), delivery.status());
            next.put(delivery.id(), delivery.nextAttemptAt());
        }

        @Override
        public List<Delivery> claimDue(int limit, Duration lease) {
            return List.of();
        }

        @Override
        public void recordAttempt(Attempt attempt, Delivery.Status newStatus, Instant nextAttemptAt) {
            status.put(attempt.deliveryId(), newStatus);
            next.put(attempt.deliveryId(), nextAttemptAt);
            attempts.merge(attempt.deliveryId(), 1, Integer::sum);
            if (attempt.error() != null) {
                errors.put(attempt.deliveryId(), attempt.error());
            }
        }

        @Override
        public void failPending(UUID subscriptionId, String reason) {
            byId.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId)
                    && status.get(d.id()) == Delivery.Status.PENDING).forEach(d -> status.put(d.id(), Delivery.Status.FAILED));
        }

        @Override
        public Optional<Delivery> find(UUID subscriptionId, UUID deliveryId) {
            return Optional.ofNullable(byId.get(deliveryId));
        }

        @Override
        public List<Delivery> list(UUID subscriptionId, Delivery.Status wanted, int offset, int limit) {
            return List.of();
        }

        @Override
        public Map<UUID, List<Attempt>> attempts(Collection<UUID> deliveryIds) {
            return Map.of();
        }

        @Override
        public void release(UUID deliveryId) {
            throw new UnsupportedOperationException("the worker never gives a delivery back");
        }

        @Override
        public void replay(UUID deliveryId) {
            status.put(deliveryId, Delivery.Status.PENDING);
        }

        @Override
        public int replayFailed(UUID subscriptionId, Instant since) {
            return 0;
        }
    }
}
