package org.caregate.webhooks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organizations' subscriptions. */
public interface SubscriptionRepository {

    void add(Subscription subscription);

    void update(Subscription subscription);

    /** The organization's subscription with this id, locked for the rest of the transaction. */
    Optional<Subscription> findForUpdate(long organizationId, UUID id);

    Optional<Subscription> find(UUID id);

    /** The enabled ones among these subscriptions, by id: one read for a whole batch of claimed deliveries. */
    Map<UUID, Subscription> enabledByIds(Collection<UUID> ids);

    /** The organization's subscriptions of one contract, oldest first. */
    List<Subscription> list(long organizationId, WebhookStyle style);

    /** Notes a failed attempt; the subscription with the start of its current run of failures. */
    Subscription recordFailure(UUID id, java.time.Instant at);

    /** Switches the subscription off for the reason given. */
    void disable(UUID id, String reason, java.time.Instant at);

    /** Notes a delivered attempt: the run of failures, if any, is over. */
    void recordSuccess(UUID id);

    /** Notes that the owners were told of the current run of failures; {@code false} if they already were. */
    boolean markNoticed(UUID id, java.time.Instant at);

    /** The enabled subscriptions of these organizations. */
    List<Subscription> enabledOf(Collection<Long> organizationIds);

    /** Enabled subscriptions whose deliveries have failed, with no success since, from before {@code cutoff}. */
    List<Subscription> failingSinceBefore(java.time.Instant cutoff);
}
