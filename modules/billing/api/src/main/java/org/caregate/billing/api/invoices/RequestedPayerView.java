package org.caregate.billing.api.invoices;

/**
 * Who is asked to pay an invoice: a payer without an account (their own id, name, email and external {@code uuid},
 * the last two shown to members only), or, when the patient pays, the patient ({@code patient} true: the id is the
 * patient's user id, and nothing else is shown).
 */
public record RequestedPayerView(long id, boolean patient, String firstName, String lastName, String email,
                                 String uuid) {
}
