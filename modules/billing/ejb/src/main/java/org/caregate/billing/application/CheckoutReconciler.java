package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.Money;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.jboss.logging.Logger;

/**
 * Gives back the charge of a checkout that booked nothing — refused after the charge, or left charging past its time
 * (the server stopped between the charge and the booking, the gateway answered late) — so that no charge outlives
 * its booking (ADR 0032). The refund is reserved under a key derived from the payment ({@code checkout-refund-<id>}),
 * so the request that saw the refusal and the reconciler asking again never refund twice; a refund the gateway
 * refused is asked again under the next key ({@code checkout-refund-<id>-2}, {@code -3} …) — never taken for the
 * refund made. No transaction is open while the gateway is asked, and a refund the gateway did not answer is the
 * payment reconciler's (ADR 0027).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckoutReconciler {

    private static final Logger LOG = Logger.getLogger(CheckoutReconciler.class);

    @EJB
    CheckoutLedger checkouts;

    @EJB
    PaymentLedger ledger;

    @Inject
    PaymentGateway gateway;

    /** Settles up to {@code limit} checkouts left unsettled; answers how many were claimed to refund. */
    public int settleDue(int limit) {
        List<CheckoutLedger.Due> due = checkouts.leaseUnsettled(limit);
        for (CheckoutLedger.Due checkout : due) {
            try {
                refund(checkout.organizationId(), checkout.itemId());
                LOG.infof("Checkout of billing item %d booked nothing; its charge is refunded", checkout.itemId());
            } catch (RuntimeException e) {
                // one checkout that cannot be refunded now must not stop the others; it is asked again later
                LOG.errorf(e, "The refund of checkout billing item %d failed; asked again later", checkout.itemId());
            }
        }
        return due.size();
    }

    /**
     * Refunds what is left of the checkout's payment, once, and marks the checkout refunded when the refund is made.
     * A refund the gateway did not answer leaves the checkout refunding: the payment reconciler settles the refund
     * (ADR 0027) and this asks again later — marked refunded once it succeeded, asked under the next key if it was
     * refused — so a checkout is never taken for refunded while its money may still be kept.
     */
    public void refund(long organizationId, long itemId) {
        Caller system = system(organizationId);
        String key = refundKey(organizationId, itemId);
        Optional<PaymentState> asked = ledger.refundStateUnder(organizationId, itemId, key);
        if (asked.isPresent() && asked.get() != PaymentState.SUCCEEDED) {
            LOG.infof("The refund of checkout billing item %d is not answered yet; asked again later", itemId);
            return;
        }
        BillingItemView item = ledger.view(organizationId, itemId);
        BigDecimal left = item.amountPaid().amount().subtract(item.refunded().amount());
        if (asked.isEmpty() && left.signum() > 0) {
            Money amount = new Money(left, item.amountPaid().currency());
            PaymentLedger.Planned planned = ledger.change(system, itemId, new PaymentInputs.Changes(null, null, null,
                    null, null, null, amount, false, false, key, null, false, null));
            if (planned.refund() != null) {
                PaymentGateway.ChargeOutcome outcome = gateway.refund(organizationId, planned.chargeId(),
                        Amounts.minorUnits(amount), planned.refund().idempotencyKey());
                ledger.settleRefund(system, organizationId, planned.refund().id(), outcome);
                if (outcome instanceof PaymentGateway.Declined declined) {
                    LOG.warnf("The refund of checkout billing item %d was refused (%s); asked again later", itemId,
                            declined.reason());
                    return;
                }
                if (!(outcome instanceof PaymentGateway.Charged)) {
                    LOG.warnf("The refund of checkout billing item %d was not answered; asked again later", itemId);
                    return;
                }
            }
        }
        checkouts.refunded(organizationId, itemId);
    }

    /**
     * The key of this refund attempt: {@code checkout-refund-<id>}, or after each refund the gateway refused under a
     * key, the next one ({@code -2}, {@code -3} …). A refund asked for under a key and not refused (made, or still
     * unanswered) keeps its key, so asking again never refunds twice.
     */
    private String refundKey(long organizationId, long itemId) {
        String base = "checkout-refund-" + itemId;
        String key = base;
        for (int attempt = 2; ledger.refundStateUnder(organizationId, itemId, key)
                .filter(state -> state == PaymentState.FAILED).isPresent(); attempt++) {
            key = base + "-" + attempt;
        }
        return key;
    }

    /** Caregate itself, acting for the organization (audit and events name no user). */
    private static Caller system(long organizationId) {
        return new Caller(null, organizationId, null, Privileges.NONE, "billing-checkout", null);
    }
}
