package org.caregate.billing.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Cards on file and payments (Healthie's {@code StripeCustomerDetail} and {@code BillingItem}). Cards are gateway
 * tokens only; a charge runs at the payment gateway outside any database transaction: its intent is recorded first,
 * the gateway is asked under the payment's idempotency key, and the outcome is confirmed afterwards (ADR 0027).
 * Members act for the organization; a patient sees only their own cards and payments. Another organization's ids
 * answer "not found", as unknown ones do.
 */
@Local
public interface PaymentsFacade {

    /** Stores the card a gateway token stands for on the patient's gateway customer; answers it as stored. */
    CardView saveCard(Caller caller, NewCard card);

    /** The cards on file of these users that the caller may see, in no particular order. */
    List<CardView> cards(Caller caller, List<Long> userIds);

    /**
     * Records a payment and, when {@code should_charge}, charges the patient's card. The same idempotency key with
     * the same parameters answers the first payment again (never a second charge); with other parameters it is
     * refused. A decline is answered as a refusal on {@code stripe_customer_detail_id} with the issuer's reason and
     * leaves a failed payment with its {@code failure_reason}.
     */
    PaymentOutcome createItem(Caller caller, NewBillingItem item);

    /** A payment by id. */
    BillingItemView item(Caller caller, long id);

    /** The caller's organization's payments (a patient's: their own), newest first. */
    List<BillingItemView> items(Caller caller, BillingItemQuery query);

    /** Changes a payment: its note and fields, a refund, a retried charge, a resent receipt. */
    PaymentOutcome updateItem(Caller caller, BillingItemChanges changes);

    /** Deletes a payment (softly: it stays in the books, out of lists). Members only. */
    BillingItemView deleteItem(Caller caller, long id);
}
