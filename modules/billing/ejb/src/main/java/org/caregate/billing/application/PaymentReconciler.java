package org.caregate.billing.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.billing.api.Money;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.Refund;
import org.caregate.billing.domain.StripeCustomerDetail;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Settles what a request left unsettled — a charge whose answer was lost (timeout, crash, restart) or a refund —
 * by asking the gateway again under the same idempotency key: the gateway answers the first outcome if the first
 * request reached it, or makes the charge now if it never did; either way exactly one charge stands behind the
 * record (ADR 0027). No transaction is open while the gateway is asked: a short one claims the due charges
 * ({@code FOR UPDATE SKIP LOCKED}) and leases them (asked about again only after the grace, so servers reconciling at
 * once never ask for the same payment together), then each answer is recorded by the ledger in a transaction of its
 * own — which also gives a paid package's credits. A refund asked about twice is settled once (the ledger locks it).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentReconciler {

    private static final Logger LOG = Logger.getLogger(PaymentReconciler.class);

    @Inject
    BillingItemRepository items;

    @Inject
    CardRepository cards;

    @Inject
    PaymentGateway gateway;

    @EJB
    PaymentLedger ledger;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_SETTLE_GRACE", defaultValue = "PT2M")
    String settleGrace;

    Clock clock = Clock.systemUTC();

    /** A charge claimed for asking again, with the card it is made on (none: the card is gone). */
    public record DueCharge(BillingItem item, StripeCustomerDetail card) {
    }

    /** A refund claimed for asking again, with its payment. */
    public record DueRefund(Refund refund, BillingItem item) {
    }

    /** Settles up to {@code limit} due charges and refunds; answers how many were claimed. */
    public int settleDue(int limit) {
        PaymentReconciler self = context.getBusinessObject(PaymentReconciler.class);
        List<DueCharge> charges = self.leaseCharges(limit);
        for (DueCharge due : charges) {
            BillingItem item = due.item();
            PaymentGateway.ChargeOutcome outcome = decide(item, due.card());
            ledger.settle(system(item.organizationId()), item.organizationId(), item.id(), outcome);
            if (!(outcome instanceof PaymentGateway.Unknown)) {
                LOG.infof("Billing item %d settled by the reconciler", item.id());
            }
        }
        List<DueRefund> refunds = self.leaseRefunds(limit);
        for (DueRefund due : refunds) {
            BillingItem item = due.item();
            PaymentGateway.ChargeOutcome outcome = gateway.refund(item.organizationId(), item.gatewayChargeId(),
                    Amounts.minorUnits(new Money(due.refund().amount(), item.currency())),
                    due.refund().idempotencyKey());
            ledger.settleRefund(system(item.organizationId()), item.organizationId(), due.refund().id(), outcome);
        }
        return Math.max(charges.size(), refunds.size());
    }

    /** Claims the due charges and leases them for the grace; commits before any is asked about. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DueCharge> leaseCharges(int limit) {
        Instant now = clock.instant();
        List<DueCharge> due = new ArrayList<>();
        for (BillingItem item : items.claimUnsettled(now, limit)) {
            item.askAgainAfter(now, Duration.parse(settleGrace));
            due.add(new DueCharge(item, item.cardId() == null ? null
                    : cards.find(item.organizationId(), item.cardId()).orElse(null)));
        }
        return due;
    }

    /** The refunds still waiting for the gateway's answer after the grace, with their payments. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DueRefund> leaseRefunds(int limit) {
        List<DueRefund> due = new ArrayList<>();
        for (Refund refund : items.claimPendingRefunds(clock.instant().minus(Duration.parse(settleGrace)), limit)) {
            items.find(refund.organizationId(), refund.billingItemId())
                    .ifPresent(item -> due.add(new DueRefund(refund, item)));
        }
        return due;
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

    /** Caregate itself, acting for the organization (audit and events name no user). */
    private static Caller system(long organizationId) {
        return new Caller(null, organizationId, null, Privileges.NONE, "billing-reconciler", null);
    }
}
