package org.caregate.billing.application.invoices;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.event.BillingEmailEvent;
import org.caregate.billing.api.event.RequestedPaymentEvent;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.invoices.RequestedPayment;
import org.caregate.billing.domain.invoices.RequestedPaymentRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.event.EventPublisher;

/**
 * Payments towards an invoice, in the payment's transaction. What a payment may pay is read under the invoice's row
 * lock ({@link #payable}), which is held until the payment is recorded, so two payments of one invoice take turns and
 * never pay more, together, than is owed. A paid payment changes the invoice's debt and status and owes its payer a
 * receipt.
 */
@Dependent
public class InvoicePayments {

    @Inject
    RequestedPaymentRepository invoices;

    @Inject
    EventPublisher events;

    /**
     * What the organization's invoice still lets a payment pay, its row locked for the rest of the transaction; empty
     * when there is no such invoice (another organization's, a deleted one).
     */
    public Optional<BigDecimal> payable(long organizationId, long invoiceId) {
        return invoices.lock(organizationId, invoiceId).filter(i -> i.deletedAt() == null)
                .map(invoice -> invoices.balance(invoice).payable());
    }

    /**
     * Refuses a payment that the invoice does not take: one from another patient than the invoice's (or for an
     * invoice to a payer without an account alone), one for an invoice with nothing left to pay, or one of more than
     * is owed.
     *
     * @param payable what {@link #payable} answered, under the lock still held
     */
    public void admit(long organizationId, long invoiceId, long senderId, Money amount, BigDecimal payable) {
        RequestedPayment invoice = invoices.find(organizationId, invoiceId).orElseThrow();
        if (invoice.recipientId() == null) {
            throw new InvalidInputException("requested_payment_id", "An invoice to a payer without an account is not "
                    + "paid by a patient; mark it Manually Paid once its payer has paid");
        }
        if (invoice.recipientId() != senderId) {
            throw new InvalidInputException("sender_id", "is not the patient this invoice is for");
        }
        if (payable.signum() == 0) {
            throw new InvalidInputException("requested_payment_id", "The invoice has nothing left to pay");
        }
        if (amount.amount().compareTo(payable) > 0) {
            throw new InvalidInputException("amount_paid", "must be at most what is still owed on the invoice ("
                    + new Money(payable, amount.currency()).toPlainString() + ")");
        }
        if (amount.amount().signum() == 0) {
            throw new InvalidInputException("amount_paid", "must be more than zero to pay an invoice");
        }
    }

    /** A payment towards an invoice is paid: the invoice's debt and status changed, and the payer is owed a receipt. */
    public void paid(Caller caller, BillingItem payment) {
        if (payment.requestedPaymentId() == null || !payment.isPaid()) {
            return;
        }
        events.publish(caller, new RequestedPaymentEvent(RequestedPaymentEvent.Action.UPDATED,
                payment.requestedPaymentId(), List.of("billing_items", "debt", "status")));
        events.publish(caller, new BillingEmailEvent(BillingEmailEvent.Action.RECEIPT, payment.id()));
    }

    /**
     * Refuses a new amount of an outside payment towards an invoice that would pay more than is owed, and tells the
     * invoice's subscribers when its debt changes (an amount corrected, a payment deleted).
     */
    public void amountChanging(Caller caller, BillingItem payment, BigDecimal newAmount) {
        if (payment.requestedPaymentId() == null) {
            return;
        }
        BigDecimal payable = payable(payment.organizationId(), payment.requestedPaymentId()).orElse(BigDecimal.ZERO);
        if (newAmount.subtract(payment.amount()).compareTo(payable) > 0) {
            throw new InvalidInputException("amount_paid", "must be at most what is still owed on the invoice ("
                    + new Money(payable.add(payment.amount()), payment.currency()).toPlainString() + ")");
        }
        events.publish(caller, new RequestedPaymentEvent(RequestedPaymentEvent.Action.UPDATED,
                payment.requestedPaymentId(), List.of("billing_items", "debt", "status")));
    }
}
