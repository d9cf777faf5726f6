package org.caregate.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 7: one receiver that never answers must not stop every other tenant's deliveries. The pump starts
 * each attempt on its own and caps what one endpoint may hold.
 */
class DeliveryPumpTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final UUID silent = UUID.randomUUID();
    private final UUID healthy = UUID.randomUUID();
    private final Deque<Delivery> due = new ConcurrentLinkedDeque<>();
    private final List<UUID> released = Collections.synchronizedList(new ArrayList<>());
    private final List<UUID> delivered = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch silentAnswers = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newCachedThreadPool();

    private final DeliveryRepository deliveries = (DeliveryRepository) Proxy.newProxyInstance(
            DeliveryRepository.class.getClassLoader(), new Class<?>[] {DeliveryRepository.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "claimDue" -> claim((Integer) arguments[0]);
                case "release" -> {
                    released.add((UUID) arguments[0]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    /** Every subscription is enabled here; the pump reads them once per claimed batch. */
    private final SubscriptionRepository subscriptions = (SubscriptionRepository) Proxy.newProxyInstance(
            SubscriptionRepository.class.getClassLoader(), new Class<?>[] {SubscriptionRepository.class},
            (proxy, method, arguments) -> {
                if (!method.getName().equals("enabledByIds")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                Map<UUID, Subscription> enabled = new HashMap<>();
                for (Object id : (Collection<?>) arguments[0]) {
                    enabled.put((UUID) id, new Subscription((UUID) id, 7, WebhookStyle.HEALTHIE,
                            "http://127.0.0.1:9/hook", List.of("patient.created"), "s", true, false, true, null, null,
                            null, NOW, NOW));
                }
                return enabled;
            });

    private final AtomicInteger freed = new AtomicInteger();

    private final DeliveryPump pump = new DeliveryPump(deliveries, subscriptions, (delivery, subscription) -> {
        if (delivery.subscriptionId().equals(silent)) {
            await(silentAnswers);
        }
        delivered.add(delivery.id());
    }, workers, Duration.ofSeconds(30), 8, 2, freed::incrementAndGet);

    @AfterEach
    void stopWorkers() {
        silentAnswers.countDown();
        workers.shutdownNow();
    }

    @Test
    void aSilentReceiverHoldsUpNobodyElse() throws Exception {
        owe(silent);
        assertThat(pump.pump()).isEqualTo(1);
        Delivery next = owe(healthy);
        assertThat(pump.pump()).as("the next pass does not wait for the silent receiver").isEqualTo(1);
        awaitDelivered(next.id());
        assertThat(pump.inFlight()).isEqualTo(1);
    }

    @Test
    void oneEndpointGetsNoMoreThanItsShareAndTheRestGoesBackUnattempted() {
        List<Delivery> owed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owed.add(owe(silent));
        }
        Delivery other = owe(healthy);
        int started = pump.pump();
        assertThat(started).isEqualTo(3);
        assertThat(released).hasSize(3).allMatch(id -> owed.stream().anyMatch(d -> d.id().equals(id)));
        awaitDelivered(other.id());
        assertThat(pump.inFlight()).isEqualTo(2);
    }

    @Test
    void everyEndedAttemptSaysASlotIsFreeSoTheDispatcherClaimsAgainAtOnce() {
        Delivery first = owe(healthy);
        Delivery second = owe(healthy);
        assertThat(pump.pump()).isEqualTo(2);
        awaitDelivered(first.id());
        awaitDelivered(second.id());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (freed.get() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(freed).hasValue(2);
        assertThat(pump.inFlight()).isZero();
    }

    private Delivery owe(UUID subscription) {
        Delivery delivery = Delivery.owed(subscription, UUID.randomUUID(), "patient.created", "{}", NOW);
        due.add(delivery);
        return delivery;
    }

    private List<Delivery> claim(int limit) {
        List<Delivery> claimed = new ArrayList<>();
        while (claimed.size() < limit && !due.isEmpty()) {
            claimed.add(due.poll());
        }
        return claimed;
    }

    private void awaitDelivered(UUID id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!delivered.contains(id) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(delivered).contains(id);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
