package org.caregate.web.billing.payments;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caregate.billing.api.BillingItemChanges;
import org.caregate.billing.api.BillingItemQuery;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.NewBillingItem;
import org.caregate.billing.api.NewCard;
import org.caregate.billing.api.PaymentOutcome;
import org.caregate.billing.api.PaymentsFacade;
import org.caregate.kernel.input.Inputs;
import org.caregate.web.graphql.Cursors;
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
 * Seed 001's payments: {@code createStripeCustomerDetail} (cards as gateway tokens), {@code createBillingItem},
 * {@code billingItems}, {@code billingItem}, {@code updateBillingItem}, {@code deleteBillingItem}, a user's
 * {@code stripe_customer_details}, and Caregate's {@code billingSettings} / {@code updateBillingSettings} for the
 * organization's currency. A decline answers in {@code messages} with the issuer's reason, next to the failed item.
 */
@GraphQLApi
@ApplicationScoped
public class PaymentsGraphQlApi {

    @EJB
    PaymentsFacade payments;

    @EJB
    BillingSettingsFacade settings;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Mutation("createStripeCustomerDetail")
    @Description("Stores a patient's card from a Stripe token (never a card number): card_type_label personal|hsa|fsa "
            + "(personal by default), is_default (the first card is the default). Members for the organization's "
            + "patients; a patient for themselves.")
    public StripeCustomerDetailPayload createStripeCustomerDetail(@Name("input") CreateStripeCustomerDetailInput input) {
        CreateStripeCustomerDetailInput in = input != null ? input : new CreateStripeCustomerDetailInput();
        return GraphQlErrors.mutation(() -> new StripeCustomerDetailPayload(StripeCustomerDetailNode.of(
                payments.saveCard(caller.get(), new NewCard(in.token, in.cardTypeLabel, in.userId, in.isDefault))),
                null), messages -> new StripeCustomerDetailPayload(null, messages));
    }

    @Mutation("createBillingItem")
    @Description("Records a payment and, with should_charge, charges the patient's card (stripe_customer_detail_id, "
            + "else their default) under stripe_idempotency_key: the same key again answers the first payment, with "
            + "other parameters it is refused. A decline answers the failed item and the issuer's reason in messages. "
            + "offering_id, requested_payment_id, user_package_selection_id and offering_coupon_id are refused "
            + "\"not found\" until packages and invoices exist (members).")
    public CreateBillingItemPayload createBillingItem(@Name("input") CreateBillingItemInput input) {
        CreateBillingItemInput in = input != null ? input : new CreateBillingItemInput();
        return GraphQlErrors.mutation(() -> {
            PaymentOutcome outcome = payments.createItem(caller.get(), new NewBillingItem(in.amountPaid, in.senderId,
                    in.recipientId, in.note, in.paymentMedium, in.createdAt, in.shouldCharge,
                    in.stripeCustomerDetailId, in.stripeIdempotencyKey, in.offeringId, in.requestedPaymentId,
                    in.userPackageSelectionId, in.offeringCouponId, in.paymentDueDate));
            return new CreateBillingItemPayload(BillingItemNode.of(outcome.item()), declineOf(outcome));
        }, messages -> new CreateBillingItemPayload(null, messages));
    }

    @Mutation("updateBillingItem")
    @Description("Changes a payment: note, payment_medium, recipient_id; amount_paid and created_at of outside payments; "
            + "chosen_refund_amount refunds at most what was paid and not refunded yet; resend_payment charges a failed "
            + "payment again under a new stripe_idempotency_key; is_paused, is_canceled and new_payment_date (a date or "
            + "an ISO time, at most a year ahead) change the recurring payment the item is part of — resuming and "
            + "moving by owners and admins (members).")
    public UpdateBillingItemPayload updateBillingItem(@Name("input") UpdateBillingItemInput input) {
        UpdateBillingItemInput in = input != null ? input : new UpdateBillingItemInput();
        return GraphQlErrors.mutation(() -> {
            PaymentOutcome outcome = payments.updateItem(caller.get(), new BillingItemChanges(in.id, in.amountPaid,
                    in.senderId, in.recipientId, in.note, in.paymentMedium, in.createdAt, in.chosenRefundAmount,
                    in.resendPayment, in.resendReceipt, in.stripeIdempotencyKey, in.isPaused, in.isCanceled,
                    in.newPaymentDate));
            return new UpdateBillingItemPayload(BillingItemNode.of(outcome.item()), declineOf(outcome));
        }, messages -> new UpdateBillingItemPayload(null, messages));
    }

    @Mutation("deleteBillingItem")
    @Description("Deletes a payment softly: it leaves lists and stays readable by id (members).")
    public DeleteBillingItemPayload deleteBillingItem(@Name("input") DeleteBillingItemInput input) {
        DeleteBillingItemInput in = input != null ? input : new DeleteBillingItemInput();
        return GraphQlErrors.mutation(() -> {
            Inputs inputs = new Inputs();
            Long id = inputs.requiredId("id", in.id);
            inputs.check();
            return new DeleteBillingItemPayload(BillingItemNode.of(payments.deleteItem(caller.get(), id)), null);
        }, messages -> new DeleteBillingItemPayload(null, messages));
    }

    @Query("billingItems")
    @Description("The organization's payments (a patient's: their own), newest first: offset or after (a cursor) "
            + "with page_size (10, at most 100); keywords match amount_paid and payment_medium; state "
            + "pending|succeeded|failed|outside; sort_by created_at_desc|created_at_asc; provider_id the recipient; "
            + "offerings_only answers none until packages exist.")
    public List<BillingItemNode> billingItems(@Name("offset") Integer offset, @Name("keywords") String keywords,
                                              @Name("sort_by") String sortBy, @Name("state") String state,
                                              @Id @Name("provider_id") String providerId,
                                              @Name("offerings_only") Boolean offeringsOnly,
                                              @Id @Name("sender_id") String senderId, @Name("after") String after,
                                              @Name("page_size") Integer pageSize) {
        return GraphQlErrors.query(() -> payments.items(caller.get(), new BillingItemQuery(offset, keywords, sortBy,
                        state, providerId, offeringsOnly, senderId, Cursors.decode(after), pageSize))
                .stream().map(BillingItemNode::of).toList());
    }

    @Query("billingItem")
    @Description("A payment by id (a patient: their own).")
    public BillingItemNode billingItem(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> {
            Inputs inputs = new Inputs();
            Long parsed = inputs.requiredId("id", id);
            inputs.check();
            return BillingItemNode.of(payments.item(caller.get(), parsed));
        });
    }

    @Query("billingSettings")
    @Description("Caregate addition: the organization's billing settings — the currency it bills in (members).")
    public BillingSettingsNode billingSettings() {
        return GraphQlErrors.query(() -> new BillingSettingsNode(settings.currency(caller.get()).getCurrencyCode()));
    }

    @Mutation("updateBillingSettings")
    @Description("Caregate addition: chooses the currency (ISO 4217, e.g. EUR) the organization's new payments are "
            + "written in (owners and admins).")
    public BillingSettingsPayload updateBillingSettings(@Name("input") UpdateBillingSettingsInput input) {
        UpdateBillingSettingsInput in = input != null ? input : new UpdateBillingSettingsInput();
        return GraphQlErrors.mutation(() -> new BillingSettingsPayload(new BillingSettingsNode(
                        settings.changeCurrency(caller.get(), in.currency).getCurrencyCode()), null),
                messages -> new BillingSettingsPayload(null, messages));
    }

    @Name("sender")
    @Description("The patient who paid.")
    public List<UserNode> sender(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> people.of(items, BillingItemNode::senderId));
    }

    @Name("recipient")
    @Description("The provider or staff member the payment is for.")
    public List<UserNode> recipient(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> people.of(items, BillingItemNode::recipientId));
    }

    @Name("provider")
    @Description("The provider the payment is for (its recipient).")
    public List<UserNode> provider(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> people.of(items, BillingItemNode::recipientId));
    }

    @Name("stripe_customer_detail")
    @Description("The card charged, if one was.")
    public List<StripeCustomerDetailNode> stripeCustomerDetail(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> {
            Set<Long> payers = new LinkedHashSet<>();
            items.forEach(item -> payers.add(item.senderId()));
            Map<Long, StripeCustomerDetailNode> byId = new HashMap<>();
            payments.cards(caller.get(), List.copyOf(payers))
                    .forEach(card -> byId.put(card.id(), StripeCustomerDetailNode.of(card)));
            return items.stream().map(item -> item.cardId() == null ? null : byId.get(item.cardId())).toList();
        });
    }

    @Name("stripe_customer_details")
    @Description("The user's cards on file (members: the organization's patients'; a patient: their own).")
    public List<List<StripeCustomerDetailNode>> stripeCustomerDetails(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> {
            List<Long> ids = users.stream().map(u -> Long.parseLong(u.id())).toList();
            Map<Long, List<StripeCustomerDetailNode>> byUser = new HashMap<>();
            for (CardView card : payments.cards(caller.get(), ids)) {
                byUser.computeIfAbsent(card.userId(), id -> new ArrayList<>()).add(StripeCustomerDetailNode.of(card));
            }
            return ids.stream().map(id -> byUser.getOrDefault(id, List.of())).toList();
        });
    }

    /** {@code createStripeCustomerDetail(input: createStripeCustomerDetailInput)}, seed 001's four fields. */
    @Input("createStripeCustomerDetailInput")
    public static class CreateStripeCustomerDetailInput {
        @Name("token") public String token;
        @Name("card_type_label") public String cardTypeLabel;
        @Id @Name("user_id") public String userId;
        @Name("is_default") public Boolean isDefault;
    }

    /** {@code createBillingItem(input: createBillingItemInput)}: the fields seed 001's table lists. */
    @Input("createBillingItemInput")
    public static class CreateBillingItemInput {
        @Name("amount_paid") public String amountPaid;
        @Id @Name("sender_id") public String senderId;
        @Id @Name("recipient_id") public String recipientId;
        @Name("note") public String note;
        @Name("payment_medium") public String paymentMedium;
        @Name("created_at") public String createdAt;
        @Name("should_charge") public Boolean shouldCharge;
        @Id @Name("stripe_customer_detail_id") public String stripeCustomerDetailId;
        @Name("stripe_idempotency_key") public String stripeIdempotencyKey;
        @Id @Name("offering_id") public String offeringId;
        @Id @Name("requested_payment_id") public String requestedPaymentId;
        @Id @Name("user_package_selection_id") public String userPackageSelectionId;
        @Id @Name("offering_coupon_id") public String offeringCouponId;
        @Name("payment_due_date") public String paymentDueDate;
    }

    /** {@code updateBillingItem(input: updateBillingItemInput)}: the fields seed 001's table lists. */
    @Input("updateBillingItemInput")
    public static class UpdateBillingItemInput {
        @Id @Name("id") public String id;
        @Name("amount_paid") public String amountPaid;
        @Id @Name("sender_id") public String senderId;
        @Id @Name("recipient_id") public String recipientId;
        @Name("note") public String note;
        @Name("payment_medium") public String paymentMedium;
        @Name("created_at") public String createdAt;
        @Name("chosen_refund_amount") public String chosenRefundAmount;
        @Name("is_canceled") public Boolean isCanceled;
        @Name("resend_receipt") public Boolean resendReceipt;
        @Name("is_paused") public Boolean isPaused;
        @Name("resend_payment") public Boolean resendPayment;
        @Name("new_payment_date") public String newPaymentDate;
        @Name("stripe_idempotency_key") public String stripeIdempotencyKey;
    }

    /** {@code deleteBillingItem(input: deleteBillingItemInput)}. */
    @Input("deleteBillingItemInput")
    public static class DeleteBillingItemInput {
        @Id @Name("id") public String id;
    }

    /** {@code updateBillingSettings(input: updateBillingSettingsInput)}. */
    @Input("updateBillingSettingsInput")
    public static class UpdateBillingSettingsInput {
        @Name("currency") public String currency;
    }

    /** The organization's billing settings. */
    @Name("BillingSettings")
    public record BillingSettingsNode(@Name("currency") String currency) {
    }

    /** What {@code updateBillingSettings} returns. */
    @Name("updateBillingSettingsPayload")
    public record BillingSettingsPayload(@Name("billing_settings") BillingSettingsNode billingSettings,
                                         @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createStripeCustomerDetail} returns. */
    @Name("createStripeCustomerDetailPayload")
    public record StripeCustomerDetailPayload(
            @Name("stripe_customer_detail") StripeCustomerDetailNode stripeCustomerDetail,
            @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createBillingItem} returns: the item as it stands, and a decline's reason in messages. */
    @Name("createBillingItemPayload")
    public record CreateBillingItemPayload(@Name("billingItem") BillingItemNode billingItem,
                                           @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateBillingItem} returns. */
    @Name("updateBillingItemPayload")
    public record UpdateBillingItemPayload(@Name("billingItem") BillingItemNode billingItem,
                                           @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteBillingItem} returns. */
    @Name("deleteBillingItemPayload")
    public record DeleteBillingItemPayload(@Name("billingItem") BillingItemNode billingItem,
                                           @Name("messages") List<FieldError> messages) {
    }

    private static List<FieldError> declineOf(PaymentOutcome outcome) {
        return outcome.declined() ? List.of(new FieldError(outcome.declineField(), outcome.declineMessage())) : null;
    }
}
