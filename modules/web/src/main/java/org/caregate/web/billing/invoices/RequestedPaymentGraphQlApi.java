package org.caregate.web.billing.invoices;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caregate.billing.api.PaymentsFacade;
import org.caregate.billing.api.invoices.RequestedPaymentFacade;
import org.caregate.billing.api.invoices.RequestedPaymentQuery;
import org.caregate.billing.api.invoices.RequestedPaymentRequest;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.web.billing.payments.BillingItemNode;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Seed 001's invoices ("Invoices", Healthie's {@code RequestedPayment}): {@code requestedPayments},
 * {@code requestedPayment} (also by {@code invoice_id} and {@code uuid}, without signing in, for a payer without an
 * account), {@code createRequestedPayment}, {@code updateRequestedPayment}, {@code deleteRequestedPayment}, and the
 * invoice's {@code recipient}, {@code sender} and {@code billing_items}.
 */
@GraphQLApi
@ApplicationScoped
public class RequestedPaymentGraphQlApi {

    @EJB
    RequestedPaymentFacade invoices;

    @EJB
    PaymentsFacade payments;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Query("requestedPayments")
    @Description("The organization's invoices (a patient's: their own), newest first, 10 from offset: keywords match "
            + "the invoice number, notes, services, the package's name and the status; sort_by created_at_desc|"
            + "created_at_asc; only_unpaid; sender_id the member who sent them; status_filter Not Yet Paid|Partially "
            + "Paid|Paid|Manually Paid; preview: true lists invoices in preview instead (members).")
    public List<RequestedPaymentNode> requestedPayments(@Name("offset") Integer offset,
                                                        @Name("keywords") String keywords,
                                                        @Name("sort_by") String sortBy,
                                                        @Name("only_unpaid") Boolean onlyUnpaid,
                                                        @Id @Name("sender_id") String senderId,
                                                        @Name("status_filter") String statusFilter,
                                                        @Name("preview") Boolean preview) {
        return GraphQlErrors.query(() -> invoices.invoices(caller.get(), new RequestedPaymentQuery(offset, keywords,
                sortBy, onlyUnpaid, senderId, statusFilter, preview)).stream().map(RequestedPaymentNode::of).toList());
    }

    @Query("requestedPayment")
    @Description("An invoice by id (members; a patient their own), or by invoice_id and uuid together — a payer "
            + "without an account's, without signing in (then only what paying needs is shown); preview: true finds "
            + "it only while in preview.")
    public RequestedPaymentNode requestedPayment(@Id @Name("id") String id, @Name("invoice_id") String invoiceId,
                                                 @Name("uuid") String uuid, @Name("preview") Boolean preview) {
        return GraphQlErrors.query(() -> RequestedPaymentNode.of(invoices.invoice(caller.get(), id, invoiceId, uuid,
                preview)));
    }

    @Mutation("createRequestedPayment")
    @Description("Sends an invoice (members): invoice_type offering (offering_id; price defaults to the package's), "
            + "cms1500 (cms1500_id; price defaults to its total charge) or other (services_provided and price; "
            + "service_date only here); to recipient_id (a patient) and/or requested_payer (a payer without an "
            + "account). The invoice is emailed unless is_preview.")
    public RequestedPaymentPayload createRequestedPayment(@Name("input") CreateRequestedPaymentInput input) {
        CreateRequestedPaymentInput in = input != null ? input : new CreateRequestedPaymentInput();
        return GraphQlErrors.mutation(() -> new RequestedPaymentPayload(RequestedPaymentNode.of(invoices.create(
                caller.get(), in.request())), null), messages -> new RequestedPaymentPayload(null,
                messages));
    }

    @Mutation("updateRequestedPayment")
    @Description("Changes an invoice (members) as createRequestedPayment's inputs do; status Manually Paid marks it "
            + "paid outside Caregate (another status takes the mark away); send_request_email sends it again; "
            + "resend_receipt sends its latest payment's receipt again.")
    public UpdateRequestedPaymentPayload updateRequestedPayment(@Name("input") UpdateRequestedPaymentInput input) {
        UpdateRequestedPaymentInput in = input != null ? input : new UpdateRequestedPaymentInput();
        return GraphQlErrors.mutation(() -> new UpdateRequestedPaymentPayload(RequestedPaymentNode.of(invoices.update(
                caller.get(), in.request())), null),
                messages -> new UpdateRequestedPaymentPayload(null, messages));
    }

    @Mutation("deleteRequestedPayment")
    @Description("Deletes an invoice softly (members): no longer found or listed; its payments stay.")
    public DeleteRequestedPaymentPayload deleteRequestedPayment(@Name("input") DeleteRequestedPaymentInput input) {
        DeleteRequestedPaymentInput in = input != null ? input : new DeleteRequestedPaymentInput();
        return GraphQlErrors.mutation(() -> new DeleteRequestedPaymentPayload(RequestedPaymentNode.of(
                invoices.delete(caller.get(), in.id)), null), messages -> new DeleteRequestedPaymentPayload(null,
                messages));
    }

    @Name("recipient")
    @Description("The patient invoiced.")
    public List<UserNode> recipient(@Source List<RequestedPaymentNode> items) {
        return GraphQlErrors.query(() -> peopleOf(items, true));
    }

    @Name("sender")
    @Description("The provider or staff member the invoice is from.")
    public List<UserNode> sender(@Source List<RequestedPaymentNode> items) {
        return GraphQlErrors.query(() -> peopleOf(items, false));
    }

    @Name("billing_items")
    @Description("The payments made towards the invoice, oldest first.")
    public List<List<BillingItemNode>> billingItems(@Source List<RequestedPaymentNode> items) {
        return GraphQlErrors.query(() -> {
            List<List<BillingItemNode>> all = new ArrayList<>();
            for (RequestedPaymentNode item : items) {
                List<BillingItemNode> paid = new ArrayList<>();
                for (Long payment : item.billingItemIds()) {
                    try {
                        paid.add(BillingItemNode.of(payments.item(caller.get(), payment)));
                    } catch (NotFoundException gone) {
                        // not the caller's to see
                    }
                }
                all.add(paid);
            }
            return all;
        });
    }

    @Name("billing_item_id")
    @Description("The first payment made towards the invoice, if any.")
    @Id
    public String billingItemId(@Source RequestedPaymentNode item) {
        return item.billingItemIds().isEmpty() ? null : item.billingItemIds().get(0).toString();
    }

    @Name("dietitian")
    @Description("The user's primary provider (dietitian_id), when they have one and the caller may see them.")
    public List<UserNode> dietitian(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> {
            if (users.stream().allMatch(u -> u == null || u.dietitianId() == null)) {
                return users.stream().map(u -> (UserNode) null).toList();
            }
            return people.of(users, u -> u == null || u.dietitianId() == null ? null : Long.parseLong(u.dietitianId()));
        });
    }

    /** The invoices' patients or senders; none asked of identity when no invoice names one (a payer's view). */
    private List<UserNode> peopleOf(List<RequestedPaymentNode> items, boolean recipients) {
        if (items.stream().map(i -> recipients ? i.recipientId() : i.senderId()).allMatch(Objects::isNull)) {
            return items.stream().map(i -> (UserNode) null).toList();
        }
        return people.of(items, recipients ? RequestedPaymentNode::recipientId : RequestedPaymentNode::senderId);
    }

    private static RequestedPaymentRequest.Payer payerOf(RequestedPayerInput payer) {
        return payer == null ? null : new RequestedPaymentRequest.Payer(payer.firstName, payer.lastName, payer.email);
    }

    /** A payer without an account, as an invoice names them (nested: JSON-B binds it by these names). */
    @Input("RequestedPayerInput")
    public static class RequestedPayerInput {
        @Name("first_name") @JsonbProperty("first_name") public String firstName;
        @Name("last_name") @JsonbProperty("last_name") public String lastName;
        @Name("email") @JsonbProperty("email") public String email;
    }

    /** The fields of an invoice that create and update share: the ones seed 001's table lists. */
    public abstract static class InvoiceFields {
        @Name("invoice_type") public String invoiceType;
        @Id @Name("recipient_id") public String recipientId;
        @Id @Name("sender_id") public String senderId;
        @Id @Name("offering_id") public String offeringId;
        @Id @Name("cms1500_id") public String cms1500Id;
        @Name("price") public String price;
        @Name("notes") public String notes;
        @Name("service_date") public String serviceDate;
        @Name("services_provided") public String servicesProvided;
        @Name("status") public String status;
        @Name("is_preview") public Boolean isPreview;
        @Id @Name("user_package_selection_id") public String userPackageSelectionId;
        @Name("requested_payer") public RequestedPayerInput requestedPayer;

        RequestedPaymentRequest request(String id, Boolean sendRequestEmail, Boolean resendReceipt) {
            return new RequestedPaymentRequest(id, invoiceType, recipientId, senderId, offeringId, cms1500Id, price,
                    notes, serviceDate, servicesProvided, status, isPreview, userPackageSelectionId,
                    payerOf(requestedPayer), sendRequestEmail, resendReceipt);
        }
    }

    /** {@code createRequestedPayment(input: createRequestedPaymentInput)}. */
    @Input("createRequestedPaymentInput")
    public static class CreateRequestedPaymentInput extends InvoiceFields {

        RequestedPaymentRequest request() {
            return request(null, null, null);
        }
    }

    /** {@code updateRequestedPayment(input: updateRequestedPaymentInput)}: create's fields, the id and the two emails. */
    @Input("updateRequestedPaymentInput")
    public static class UpdateRequestedPaymentInput extends InvoiceFields {
        @Id @Name("id") public String id;
        @Name("send_request_email") public Boolean sendRequestEmail;
        @Name("resend_receipt") public Boolean resendReceipt;

        RequestedPaymentRequest request() {
            return request(id, sendRequestEmail, resendReceipt);
        }
    }

    /** {@code deleteRequestedPayment(input: deleteRequestedPaymentInput)}. */
    @Input("deleteRequestedPaymentInput")
    public static class DeleteRequestedPaymentInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createRequestedPayment} returns. */
    @Name("createRequestedPaymentPayload")
    public record RequestedPaymentPayload(@Name("requestedPayment") RequestedPaymentNode requestedPayment,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateRequestedPayment} returns. */
    @Name("updateRequestedPaymentPayload")
    public record UpdateRequestedPaymentPayload(@Name("requestedPayment") RequestedPaymentNode requestedPayment,
                                                @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteRequestedPayment} returns. */
    @Name("deleteRequestedPaymentPayload")
    public record DeleteRequestedPaymentPayload(@Name("requestedPayment") RequestedPaymentNode requestedPayment,
                                                @Name("messages") List<FieldError> messages) {
    }
}
