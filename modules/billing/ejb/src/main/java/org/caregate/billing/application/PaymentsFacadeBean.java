package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.caregate.billing.api.BillingItemChanges;
import org.caregate.billing.api.BillingItemQuery;
import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.NewBillingItem;
import org.caregate.billing.api.NewCard;
import org.caregate.billing.api.PaymentOutcome;
import org.caregate.billing.api.PaymentsFacade;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CardLabel;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * Payments: the gateway is asked outside any transaction, between the {@link PaymentLedger}'s short transactions —
 * the intent is committed before the charge and settled after it, so a charge is never made without its record and
 * never recorded without being made (an unsettled intent is the reconciler's, ADR 0027). A request that finds its
 * idempotency key's payment still being charged by another waits for that charge's answer.
 */
@Stateless
public class PaymentsFacadeBean implements PaymentsFacade {

    /** Longest a page of payments is. */
    static final int MAX_PAGE = 100;
    private static final long WAIT_FOR_OTHER_MS = 30_000;

    @EJB
    PaymentLedger ledger;

    @EJB
    BillingSettingsFacade settings;

    @EJB
    PeopleDirectory people;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingItemRepository items;

    @Inject
    CardRepository cards;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CardView saveCard(Caller caller, NewCard card) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        String token = inputs.required("token", card.token());
        if (token != null && !token.matches("[A-Za-z0-9_]{1,255}")) {
            inputs.problem("token", "must be a payment processor token such as tok_visa (never a card number)");
        }
        Long user = inputs.id("user_id", card.userId());
        if (user == null && !inputs.hasProblem("user_id")) {
            if (caller.isPatient()) {
                user = caller.userId();
            } else {
                inputs.problem("user_id", "can't be blank");
            }
        }
        CardLabel label = CardLabel.parse(card.cardTypeLabel()).orElse(null);
        if (label == null) {
            inputs.problem("card_type_label", "must be personal, hsa or fsa");
        }
        inputs.check();
        long organization = caller.organizationId();
        long patient = user;
        if (caller.isPatient() && patient != caller.userId()) {
            throw new InvalidInputException("user_id", "Patient not found");
        }
        people.person(patient).filter(p -> p.isPatient() && p.organizationId() == organization)
                .orElseThrow(() -> new InvalidInputException("user_id", "Patient not found"));
        String customer = cards.customerOf(organization, patient).orElse(null);
        PaymentGateway.SavedCard saved;
        try {
            saved = gateway.saveCard(organization, customer, patient, token);
        } catch (PaymentGateway.CardRefused refused) {
            throw new InvalidInputException("token", refused.getMessage());
        }
        return ledger.saveCard(organization, patient, saved, label, Boolean.TRUE.equals(card.isDefault()));
    }

    @Override
    public List<CardView> cards(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        List<Long> visible = caller.isMember() ? userIds
                : userIds.stream().filter(id -> Objects.equals(id, caller.userId())).toList();
        return cards.ofPatients(caller.organizationId(), visible).stream().map(PaymentViews::of).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentOutcome createItem(Caller caller, NewBillingItem item) {
        Access.requireMember(caller);
        Currency currency = settings.currency(caller);
        ChargeCommand command = PaymentInputs.create(item, currency);
        PaymentLedger.Recorded recorded = ledger.record(caller, command, currency);
        if (recorded.charge() != null) {
            return charge(caller, recorded.item().id(), recorded.charge());
        }
        BillingItemView view = recorded.item();
        if (!recorded.fresh() && PaymentState.PENDING.wire().equals(view.state())) {
            view = awaitSettled(caller.organizationId(), view.id());
        }
        return outcome(view);
    }

    @Override
    public BillingItemView item(Caller caller, long id) {
        Access.requireAuthenticated(caller);
        return items.find(caller.organizationId(), id)
                .filter(i -> caller.isMember() || i.senderId() == caller.userId())
                .map(PaymentViews::of).orElseThrow(() -> new NotFoundException("Billing item"));
    }

    @Override
    public List<BillingItemView> items(Caller caller, BillingItemQuery query) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0 || offset > 100_000) {
            inputs.problem("offset", "must be between 0 and 100000");
        }
        int limit = query.pageSize() == null ? 10 : query.pageSize();
        if (limit < 1 || limit > MAX_PAGE) {
            inputs.problem("page_size", "must be between 1 and " + MAX_PAGE);
        }
        String keywords = inputs.optional("keywords", query.keywords());
        String state = inputs.optional("state", query.state());
        if (state != null && !List.of("pending", "succeeded", "failed", "outside").contains(state)) {
            inputs.problem("state", "must be pending, succeeded, failed or outside");
        }
        String sort = inputs.optional("sort_by", query.sortBy());
        if (sort != null && !List.of("created_at_asc", "created_at_desc").contains(sort)) {
            inputs.problem("sort_by", "must be created_at_asc or created_at_desc");
        }
        Long provider = inputs.id("provider_id", query.providerId());
        Long sender = inputs.id("sender_id", query.senderId());
        Long after = inputs.id("after", query.after());
        inputs.check();
        if (Boolean.TRUE.equals(query.offeringsOnly())) {
            return List.of();
        }
        Long payer = caller.isMember() ? sender : caller.userId();
        if (!caller.isMember() && sender != null && !sender.equals(caller.userId())) {
            return List.of();
        }
        return items.search(caller.organizationId(), new BillingItemRepository.PaymentSearch(payer, provider, state,
                        keywords, "created_at_asc".equals(sort), after, offset, limit))
                .stream().map(PaymentViews::of).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentOutcome updateItem(Caller caller, BillingItemChanges changes) {
        Access.requireMember(caller);
        Inputs ids = new Inputs();
        Long id = ids.requiredId("id", changes.id());
        ids.check();
        Currency currency = ledger.view(caller.organizationId(), id).amountPaid().currency();
        PaymentInputs.Changes read = PaymentInputs.update(changes, currency);
        if (read.refund() != null || read.resendPayment()) {
            // money leaves or is taken again: the organization's owner and admins decide that, not every member
            Access.requireAdministrator(caller, "Only the organization's owner and admins refund or charge again");
        }
        if (Boolean.FALSE.equals(read.paused()) || read.newPaymentDate() != null) {
            // resuming or moving a recurring payment decides when money is taken; pausing and cancelling stop it
            Access.requireAdministrator(caller, "Only the organization's owner and admins resume a recurring payment "
                    + "or move its payment date");
        }
        PaymentLedger.Planned planned = ledger.change(caller, id, read);
        if (planned.retry() != null) {
            return charge(caller, id, planned.retry());
        }
        if (planned.refund() != null) {
            PaymentGateway.ChargeOutcome outcome = gateway.refund(caller.organizationId(), planned.chargeId(),
                    Amounts.minorUnits(new org.caregate.billing.api.Money(planned.refund().amount(), currency)),
                    planned.refund().idempotencyKey());
            BillingItemView view = ledger.settleRefund(caller, caller.organizationId(), planned.refund().id(),
                    outcome);
            if (outcome instanceof PaymentGateway.Declined declined) {
                return new PaymentOutcome(view, "chosen_refund_amount", declined.reason());
            }
            return PaymentOutcome.of(view);
        }
        return PaymentOutcome.of(planned.item());
    }

    @Override
    public BillingItemView deleteItem(Caller caller, long id) {
        Access.requireMember(caller);
        return ledger.delete(caller, id);
    }

    private PaymentOutcome charge(Caller caller, long itemId, PaymentGateway.Charge charge) {
        PaymentGateway.ChargeOutcome outcome = gateway.charge(caller.organizationId(), charge);
        BillingItemView view = ledger.settle(caller, caller.organizationId(), itemId, outcome);
        if (outcome instanceof PaymentGateway.Unknown) {
            return new PaymentOutcome(view, "payment", "The payment processor did not answer; the payment is "
                    + "pending and is settled as soon as the processor tells its outcome");
        }
        return outcome(view);
    }

    private static PaymentOutcome outcome(BillingItemView view) {
        if (PaymentState.FAILED.wire().equals(view.state())) {
            return new PaymentOutcome(view, "stripe_customer_detail_id", "The card was declined: "
                    + view.failureReason());
        }
        return PaymentOutcome.of(view);
    }

    /** Waits for the charge another request is making under the same key to be settled (or gives up waiting). */
    private BillingItemView awaitSettled(long organizationId, long itemId) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_OTHER_MS;
        BillingItemView view = ledger.view(organizationId, itemId);
        while (PaymentState.PENDING.wire().equals(view.state()) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = ledger.view(organizationId, itemId);
        }
        return view;
    }
}
