package org.caregate.billing.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.event.BillingItemEvent;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.Refund;
import org.caregate.billing.domain.StripeCustomerDetail;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.event.EventPublisher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Settles what a request left unsettled — a charge whose answer was lost (timeout, crash, restart) or a refund —
 * by asking the gateway again under the same idempotency key: the gateway answers the first outcome if the first
 * request reached it, or makes the charge now if it never did; either way exactly one charge stands behind the
 * record. One batch is one transaction; its rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so servers
 * reconciling at once never ask for the same payment twice (ADR 0027).
 */
@Stateless
public class PaymentReconciler {

    private static final Logger LOG = Logger.getLogger(PaymentReconciler.class);

    @Inject
    BillingItemRepository items;

    @Inject
    CardRepository cards;

    @Inject
    PaymentGateway gateway;

    @Inject
    EventPublisher events;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_SETTLE_GRACE", defaultValue = "PT2M")
    String settleGrace;

    Clock clock = Clock.systemUTC();

    /** Settles up to {@code limit} due charges and refunds; answers how many were claimed. */
    public int settleDue(int limit) {
        Instant now = clock.instant();
        List<BillingItem> due = items.claimUnsettled(now, limit);
        for (BillingItem item : due) {
            settle(item, now);
        }
        List<Refund> refunds = items.claimPendingRefunds(now.minus(Duration.parse(settleGrace)), limit);
        for (Refund refund : refunds) {
            settle(refund);
        }
        return Math.max(due.size(), refunds.size());
    }

    private void settle(BillingItem item, Instant now) {
        PaymentGateway.ChargeOutcome outcome = decide(item, cards.find(item.organizationId(),
                item.cardId() == null ? -1 : item.cardId()).orElse(null));
        if (item.settle(outcome, now)) {
            LOG.infof("Billing item %d settled by the reconciler: %s", item.id(), item.state().wire());
            events.publish(system(item.organizationId()), new BillingItemEvent(BillingItemEvent.Action.UPDATED,
                    item.id(), List.of("state", "failure_reason")));
        } else {
            item.askAgainAfter(now, Duration.parse(settleGrace));
        }
    }

    /** What the gateway says of the intent, asked under its own key (a card gone is a decline). */
    PaymentGateway.ChargeOutcome decide(BillingItem item, StripeCustomerDetail card) {
        if (item.state() != PaymentState.PENDING) {
            return new PaymentGateway.Unknown("not pending");
        }
        if (card == null) {
            return new PaymentGateway.Declined("card_missing", "The card on file is gone");
        }
        return gateway.charge(item.organizationId(), new PaymentGateway.Charge(item.chargeKey(),
                card.gatewayCustomerId(), card.gatewayPaymentMethodId(),
                Amounts.minorUnits(new Money(item.amount(), item.currency())),
                item.currency().getCurrencyCode(), item.id()));
    }

    private void settle(Refund refund) {
        BillingItem item = items.find(refundOrganization(refund), refund.billingItemId()).orElse(null);
        if (item == null) {
            return;
        }
        PaymentGateway.ChargeOutcome outcome = gateway.refund(item.organizationId(), item.gatewayChargeId(),
                Amounts.minorUnits(new Money(refund.amount(), item.currency())), refund.idempotencyKey());
        refund.settled(outcome);
        if (outcome instanceof PaymentGateway.Declined) {
            item.releaseRefund(refund.amount(), clock.instant());
        }
    }

    private static long refundOrganization(Refund refund) {
        return refund.organizationId();
    }

    /** Caregate itself, acting for the organization (audit and events name no user). */
    private static Caller system(long organizationId) {
        return new Caller(null, organizationId, null, Privileges.NONE, "billing-reconciler", null);
    }
}
