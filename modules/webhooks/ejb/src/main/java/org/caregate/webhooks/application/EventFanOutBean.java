package org.caregate.webhooks.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.kernel.event.PublishedEvent;
import org.caregate.platform.events.AfterCommit;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EventNames;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;

/**
 * Turns one domain event into the deliveries it owes, in the consuming message's transaction: once per event (the
 * inbox), to every enabled subscription of the event's organization and of its parents (seed 001: a parent's
 * webhook hears all its sub-organizations; a sub-organization's only its own) that wants the event under its
 * contract's name. When the transaction commits, the dispatcher is woken to attempt them at once.
 */
@Stateless
public class EventFanOutBean {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    DeliveryDoorbell dispatcher;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** The deliveries made; none when the event was consumed before or nobody subscribed to it. */
    public int fanOut(PublishedEvent event) {
        if (!deliveries.consumeOnce(event.id()) || event.organizationId() == null) {
            return 0;
        }
        List<Long> lineage = organizations.lineage(event.organizationId());
        if (lineage.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int made = 0;
        for (Subscription subscription : subscriptions.enabledOf(lineage)) {
            Optional<String> name = EventNames.forEvent(subscription.style(), event.type()).filter(subscription::wants);
            if (name.isPresent()) {
                String payload = subscription.style() == WebhookStyle.HEALTHIE
                        ? Payloads.healthie(name.get(), event) : Payloads.solo(name.get(), event);
                deliveries.add(Delivery.owed(subscription.id(), event.id(), name.get(), payload, now));
                made++;
            }
        }
        if (made > 0) {
            new AfterCommit(transactions).ring(dispatcher.wakeup());
        }
        return made;
    }
}
