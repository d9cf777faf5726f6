package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.billing.domain.PaymentGateway;
import org.jboss.logging.Logger;

/**
 * Charges the periods of recurring payments that fell due, as every charge is made (ADR 0027, ADR 0031): the periods
 * are opened — pending billing items under keys derived from the recurring payment and the period, the schedule
 * advanced — in one short transaction that claims them {@code FOR UPDATE SKIP LOCKED}; then, with no transaction
 * open, each is charged at the gateway; then each answer is recorded in a transaction of its own (which grants the
 * period's credits when paid). A declined period stays failed with the issuer's reason until {@code resend_payment};
 * the next period is charged on its date all the same.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecurringCharges {

    private static final Logger LOG = Logger.getLogger(RecurringCharges.class);

    @EJB
    PaymentLedger ledger;

    @Inject
    PaymentGateway gateway;

    /** Opens and charges up to {@code limit} due periods; answers how many were opened. */
    public int chargeDue(int limit) {
        List<PaymentLedger.OpenedPeriod> opened = ledger.openDuePeriods(limit);
        for (PaymentLedger.OpenedPeriod period : opened) {
            PaymentGateway.ChargeOutcome outcome = period.charge() == null
                    ? new PaymentGateway.Declined("card_missing", "The card on file is gone")
                    : gateway.charge(period.organizationId(), period.charge());
            ledger.settle(RecurringPayments.system(period.organizationId()), period.organizationId(), period.itemId(),
                    outcome);
            LOG.debugf("Recurring billing item %d charged: %s", period.itemId(), outcome);
        }
        return opened.size();
    }
}
