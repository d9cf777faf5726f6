package org.caregate.web.billing.invoices;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.caregate.billing.api.invoices.RequestedPaymentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * An invoice in seed 001's shape ("The Invoice Object"). {@code price} and {@code debt} are decimal strings with the
 * currency's scale ("1234.00"): the seed prints {@code debt} as a JSON number, which Caregate does not send, as money
 * is never a floating-point number; {@code date_to_show} is its creation in its sender's time zone,
 * "2022-08-15 14:22:14 -0400". For a payer without an account (found by invoice number and uuid, without a key)
 * {@code id} and {@code requested_payer.id} are null.
 */
@Name("RequestedPayment")
public record RequestedPaymentNode(
        @Id @Name("id") String id,
        @Name("price") String price,
        @Name("status") @Description("Not Yet Paid, Partially Paid, Paid or Manually Paid.") String status,
        @Name("invoice_id") @Description("The invoice number, unique in the organization (\"UU-1-2022\").")
        String invoiceId,
        @Name("details") String details,
        @Name("currency") String currency,
        @Name("invoice_type") String invoiceType,
        @Name("debt") @Description("What is still owed, a decimal string (\"1234.00\").") String debt,
        @Name("notes") String notes,
        @Name("services_provided") String servicesProvided,
        @Name("service_date") String serviceDate,
        @Name("is_manually_paid") boolean isManuallyPaid,
        @Name("is_preview") boolean isPreview,
        @Name("date_to_show") String dateToShow,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt,
        @Id @Name("offering_id") String offeringId,
        @Id @Name("cms1500_id") String cms1500Id,
        @Name("requested_payer") RequestedPayerNode requestedPayer,
        @Ignore Long recipientId,
        @Ignore Long senderId,
        @Ignore List<Long> billingItemIds) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    static RequestedPaymentNode of(RequestedPaymentView view) {
        // a payer without an account is shown no ids: neither the invoice's nor theirs (sequential, internal)
        return view == null ? null : new RequestedPaymentNode(view.forPayer() ? null : Long.toString(view.id()),
                view.price().toPlainString(),
                view.status(), view.invoiceId(), view.details(), view.price().currency().getCurrencyCode(),
                view.invoiceType(), view.debt().toPlainString(), view.notes(), view.servicesProvided(),
                view.serviceDate() == null ? null : view.serviceDate().toString(), view.manuallyPaid(),
                view.preview(), SHOWN.format(view.createdAt().atZone(ZoneId.of(view.zone()))),
                view.createdAt().toString(), view.updatedAt().toString(),
                view.offeringId() == null ? null : view.offeringId().toString(),
                view.cms1500Id() == null ? null : view.cms1500Id().toString(),
                RequestedPayerNode.of(view.requestedPayer(), !view.forPayer()), view.recipientId(), view.senderId(),
                view.billingItemIds());
    }
}
