package org.caregate.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deliveries, their attempts, and the inbox of events already fanned out. */
public interface DeliveryRepository {

    /** Notes that the event is being consumed; {@code false} when it was consumed before (a redelivery). */
    boolean consumeOnce(UUID eventId);

    /** Adds a delivery unless the subscription already owes this event. */
    void add(Delivery delivery);

    /**
     * Claims up to {@code limit} due deliveries of enabled subscriptions for {@code lease}: no other dispatcher takes
     * them until the lease runs out, which is how a delivery interrupted by a crash is taken up again.
     */
    List<Delivery> claimDue(int limit, Duration lease);

    /** Gives a claimed delivery back unattempted: due again at once, for the next claim (its endpoint was busy). */
    void release(UUID deliveryId);

    /** Records an attempt and the delivery's new state (delivered, failed, or pending until {@code nextAttemptAt}). */
    void recordAttempt(Attempt attempt, Delivery.Status status, Instant nextAttemptAt);

    /** Fails every pending delivery of a subscription that was disabled. */
    void failPending(UUID subscriptionId, String reason);

    Optional<Delivery> find(UUID subscriptionId, UUID deliveryId);

    /** A subscription's deliveries, newest first, optionally of one status. */
    List<Delivery> list(UUID subscriptionId, Delivery.Status status, int offset, int limit);

    /** The attempts at these deliveries, oldest first, by delivery (one query for a page of the log). */
    java.util.Map<UUID, List<Attempt>> attempts(java.util.Collection<UUID> deliveryIds);

    /** Makes a delivery due again now (a replay); its id and payload stay. */
    void replay(UUID deliveryId);

    /** Makes every failed delivery of the subscription created at or after {@code since} due again; how many. */
    int replayFailed(UUID subscriptionId, Instant since);
}
