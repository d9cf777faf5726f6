package org.caregate.webhooks.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;

/**
 * Keeps deliveries flowing without letting any endpoint hold up the others: each pass claims as many due deliveries
 * as there are free slots, reads their subscriptions in one go, and starts each attempt on its own, without waiting for any; at most
 * {@code mostInFlight} attempts run at once on this server, and at most {@code mostPerEndpoint} to one subscription's
 * endpoint — a claimed delivery beyond that goes back, unattempted, for a later pass. A slow or silent receiver so
 * costs its own deliveries time, never another tenant's. An attempt that ends calls {@code freed}, so the dispatcher
 * can claim the next one at once.
 */
public final class DeliveryPump {

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final BiConsumer<Delivery, Subscription> attempt;
    private final Executor workers;
    private final Duration lease;
    private final int mostPerEndpoint;
    private final Runnable freed;
    private final Semaphore slots;
    private final Map<UUID, AtomicInteger> busyEndpoints = new ConcurrentHashMap<>();

    public DeliveryPump(DeliveryRepository deliveries, SubscriptionRepository subscriptions,
                        BiConsumer<Delivery, Subscription> attempt, Executor workers, Duration lease, int mostInFlight,
                        int mostPerEndpoint, Runnable freed) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.attempt = attempt;
        this.workers = workers;
        this.lease = lease;
        this.mostPerEndpoint = mostPerEndpoint;
        this.freed = freed;
        this.slots = new Semaphore(mostInFlight);
    }

    /** One pass: starts what is due and may start now; returns how many attempts it started. */
    public int pump() {
        int started = 0;
        boolean more = true;
        while (more && slots.availablePermits() > 0) {
            int free = slots.availablePermits();
            List<Delivery> claimed = deliveries.claimDue(free, lease);
            Map<UUID, Subscription> enabled = claimed.isEmpty() ? Map.of()
                    : subscriptions.enabledByIds(claimed.stream().map(Delivery::subscriptionId).distinct().toList());
            int startedNow = 0;
            for (Delivery delivery : claimed) {
                // a subscription disabled since the claim: its delivery waits out the lease, then is claimed no more
                Subscription subscription = enabled.get(delivery.subscriptionId());
                startedNow += subscription != null && start(delivery, subscription) ? 1 : 0;
            }
            started += startedNow;
            // claim again only while every claimed delivery could start and the claim was full
            more = claimed.size() == free && startedNow == claimed.size();
        }
        return started;
    }

    /** How many attempts are running now. */
    public int inFlight() {
        return busyEndpoints.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private boolean start(Delivery delivery, Subscription subscription) {
        AtomicInteger busy = busyEndpoints.computeIfAbsent(delivery.subscriptionId(), id -> new AtomicInteger());
        if (busy.incrementAndGet() > mostPerEndpoint || !slots.tryAcquire()) {
            busy.decrementAndGet();
            deliveries.release(delivery.id());
            return false;
        }
        try {
            workers.execute(() -> {
                try {
                    attempt.accept(delivery, subscription);
                } finally {
                    busy.decrementAndGet();
                    slots.release();
                    freed.run();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            busy.decrementAndGet();
            slots.release();
            deliveries.release(delivery.id());
            return false;
        }
    }
}
