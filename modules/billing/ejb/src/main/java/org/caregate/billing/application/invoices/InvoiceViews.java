package org.caregate.billing.application.invoices;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.invoices.RequestedPayerView;
import org.caregate.billing.api.invoices.RequestedPaymentView;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.invoices.InvoiceBalance;
import org.caregate.billing.domain.invoices.RequestedPayer;
import org.caregate.billing.domain.invoices.RequestedPayment;
import org.caregate.billing.domain.invoices.RequestedPaymentRepository;
import org.caregate.identity.api.PeopleDirectory;

/**
 * Invoices as the API shows them: with their debt and status from their payments, and their date in their sender's
 * time zone. A payer without an account is shown only what paying needs: no people's ids, no payments, no uuid.
 */
@Dependent
public class InvoiceViews {

    @Inject
    RequestedPaymentRepository invoices;

    @Inject
    OfferingRepository offerings;

    @EJB
    PeopleDirectory people;

    /**
     * @param member   the caller is a member of the invoice's organization (a payer's email and uuid are shown)
     * @param forPayer the caller is the payer without an account
     */
    RequestedPaymentView of(RequestedPayment invoice, boolean member, boolean forPayer) {
        InvoiceBalance balance = invoices.balance(invoice);
        String offeringName = invoice.offeringId() == null ? null : offerings.findIncludingDeleted(
                invoice.organizationId(), invoice.offeringId()).map(Offering::name).orElse(null);
        RequestedPayerView payer = null;
        if (invoice.requestedPayerId() != null) {
            RequestedPayer found = invoices.payer(invoice.organizationId(), invoice.requestedPayerId()).orElseThrow();
            payer = new RequestedPayerView(found.id(), false, found.firstName(), found.lastName(),
                    member ? found.email() : null, member ? found.uuid().toString() : null);
        } else if (invoice.recipientId() != null && !forPayer) {
            payer = new RequestedPayerView(invoice.recipientId(), true, null, null, null, null);
        }
        String zone = people.person(invoice.senderId()).map(RequestedPaymentFacadeBean::zoneOf)
                .map(Object::toString).orElse("UTC");
        List<Long> payments = forPayer ? List.of() : invoices.paymentIds(invoice.organizationId(), invoice.id());
        return new RequestedPaymentView(invoice.id(), invoice.invoiceNumber(), invoice.type().wire(),
                new Money(invoice.price(), invoice.currency()), new Money(balance.debt(), invoice.currency()),
                balance.status(), invoice.details(offeringName), invoice.notes(), invoice.servicesProvided(),
                invoice.serviceDate(), forPayer ? null : invoice.recipientId(), forPayer ? null : invoice.senderId(),
                forPayer ? null : invoice.offeringId(), forPayer ? null : invoice.cms1500Id(), payer, payments,
                invoice.manuallyPaid(), invoice.isPreview(), invoice.createdAt(), invoice.updatedAt(),
                invoice.deletedAt(), zone, forPayer);
    }
}
