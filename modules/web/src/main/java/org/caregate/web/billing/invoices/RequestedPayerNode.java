package org.caregate.web.billing.invoices;

import org.caregate.billing.api.invoices.RequestedPayerView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * Who is asked to pay an invoice: the patient (the seed's example: the same id as the recipient) or a payer without
 * an account, whose {@code email} and external {@code uuid} only the organization's members see.
 */
@Name("RequestedPayer")
public record RequestedPayerNode(
        @Id @Name("id") String id,
        @Name("is_patient") @Description("The payer is the invoice's patient (id is their user id).") boolean isPatient,
        @Name("first_name") String firstName,
        @Name("last_name") String lastName,
        @Name("email") String email,
        @Name("uuid") @Description("A payer without an account's external id: with the invoice_id, finds the invoice "
                + "without signing in.") String uuid) {

    /** @param withId false for a payer without an account looking at their invoice: no internal id */
    static RequestedPayerNode of(RequestedPayerView view, boolean withId) {
        return view == null ? null : new RequestedPayerNode(withId ? Long.toString(view.id()) : null, view.patient(),
                view.firstName(), view.lastName(), view.email(), view.uuid());
    }
}
