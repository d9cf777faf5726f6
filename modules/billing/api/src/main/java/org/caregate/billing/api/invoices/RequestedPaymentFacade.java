package org.caregate.billing.api.invoices;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Invoices: members of an organization send them to its patients or to payers without an account; patients see their
 * own; a payer without an account looks one up by its invoice number and their uuid. Every id is the caller's
 * organization's (another organization's answers not found, as an unknown one does).
 */
@Local
public interface RequestedPaymentFacade {

    /** The invoices the caller may see, as asked. */
    List<RequestedPaymentView> invoices(Caller caller, RequestedPaymentQuery query);

    /**
     * One invoice: by {@code id} (members; a patient their own), or by {@code invoiceId} and {@code uuid} together —
     * the way a payer without an account, who need not sign in, finds it (then only what they need is shown).
     */
    RequestedPaymentView invoice(Caller caller, String id, String invoiceId, String uuid, Boolean preview);

    RequestedPaymentView create(Caller caller, RequestedPaymentRequest request);

    RequestedPaymentView update(Caller caller, RequestedPaymentRequest request);

    /** Deletes softly: no longer found or listed; its payments stay. */
    RequestedPaymentView delete(Caller caller, String id);
}
