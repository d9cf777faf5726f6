package org.caregate.billing.application.invoices;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.invoices.InvoiceNotices;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.invoices.InvoiceType;
import org.caregate.billing.domain.invoices.RequestedPayer;
import org.caregate.billing.domain.invoices.RequestedPayment;
import org.caregate.billing.domain.invoices.RequestedPaymentRepository;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;

/**
 * Invoices and receipts as their emails tell them. An invoice goes to its payer without an account when it has one,
 * else to its patient; a receipt to whoever the invoice it paid went to, or to the paying patient. Only what paying
 * needs is told: amounts, the invoice number and what it is for — never a card, never a diagnosis.
 */
@Stateless
public class InvoiceNoticesBean implements InvoiceNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    RequestedPaymentRepository invoices;

    @Inject
    BillingItemRepository payments;

    @Inject
    OfferingRepository offerings;

    @EJB
    PeopleDirectory people;

    /** Someone an email about money is addressed to. */
    private record Addressee(String email, String name) {
    }

    @Override
    public Optional<InvoiceNotice> invoice(long organizationId, long requestedPaymentId) {
        Optional<RequestedPayment> found = invoices.find(organizationId, requestedPaymentId)
                .filter(i -> i.deletedAt() == null && !i.isPreview());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RequestedPayment invoice = found.get();
        String offeringName = invoice.offeringId() == null ? null : offerings.findIncludingDeleted(organizationId,
                invoice.offeringId()).map(Offering::name).orElse(null);
        String details = invoice.type() == InvoiceType.CMS1500
                ? "CMS 1500 claim" : invoice.details(offeringName);
        Money debt = new Money(invoices.balance(invoice).debt(), invoice.currency());
        return addressee(invoice).map(to -> new InvoiceNotice(to.email(), to.name(), invoice.invoiceNumber(), details,
                amount(new Money(invoice.price(), invoice.currency())), amount(debt), invoice.notes()));
    }

    @Override
    public Optional<ReceiptNotice> receipt(long organizationId, long billingItemId) {
        Optional<BillingItem> found = payments.find(organizationId, billingItemId).filter(BillingItem::isPaid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BillingItem payment = found.get();
        Optional<RequestedPayment> invoice = payment.requestedPaymentId() == null ? Optional.empty()
                : invoices.find(organizationId, payment.requestedPaymentId());
        Optional<Addressee> to = invoice.isPresent() ? addressee(invoice.get()) : patient(payment.senderId());
        String paidOn = DAY.format(payment.createdAt().atZone(ZoneOffset.UTC));
        return to.map(addressee -> new ReceiptNotice(addressee.email(), addressee.name(),
                amount(new Money(payment.amount(), payment.currency())), paidOn,
                invoice.map(RequestedPayment::invoiceNumber).orElse(null),
                invoice.map(i -> amount(new Money(invoices.balance(i).debt(), i.currency()))).orElse(null)));
    }

    private Optional<Addressee> addressee(RequestedPayment invoice) {
        if (invoice.requestedPayerId() != null) {
            return invoices.payer(invoice.organizationId(), invoice.requestedPayerId()).map((RequestedPayer p) -> new Addressee(p.email(), (p.firstName() + " " + (p.lastName() == null ? ""
                            : p.lastName())).strip()));
        }
        return invoice.recipientId() == null ? Optional.empty() : patient(invoice.recipientId());
    }

    private Optional<Addressee> patient(long userId) {
        return people.person(userId).filter(p -> p.active() && p.email() != null && !p.email().isBlank())
                .map((Person p) -> new Addressee(p.email().strip(), p.fullName()));
    }

    private static String amount(Money money) {
        return money.toPlainString() + " " + money.currency().getCurrencyCode();
    }
}
