package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.event.BillingEmailEvent;
import org.caregate.billing.api.event.BillingItemEvent;
import org.caregate.billing.application.invoices.InvoicePayments;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CardLabel;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.CheckoutPaymentRepository;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.Purchasables;
import org.caregate.billing.domain.Refund;
import org.caregate.billing.domain.StripeCustomerDetail;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of payments, each step its own short transaction so that no transaction is open while the
 * gateway is asked (ADR 0027): record the intent (committed before the charge), then settle it with the gateway's
 * answer; reserve a refund, then settle it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {

    private static final String ITEM = "Billing item";

    @Inject
    BillingItemRepository items;

    @Inject
    CardRepository cards;

    @Inject
    Purchasables purchasables;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_SETTLE_GRACE", defaultValue = "PT2M")
    String settleGrace;

    @Inject
    OfferingRepository offerings;

    @Inject
    PackageGrants packageGrants;

    @Inject
    CheckoutPaymentRepository checkouts;

    @Inject
    InvoicePayments invoicePayments;

    @Inject
    RecurringPayments recurring;

    Clock clock = Clock.systemUTC();

    /** A payment recorded (or found under its key), and the charge to make now when there is one. */
    record Recorded(BillingItemView item, boolean fresh, PaymentGateway.Charge charge) {
    }

    /**
     * Records the payment — a pending intent when it charges — unless its idempotency key already recorded one: then
     * that one is answered (the same parameters) or the command refused (other parameters). A payment that names no
     * amount pays the price of the package it buys, or what its invoice still owes, in the organization's
     * {@code currency}; a paid package's credits go to the sender (see {@link #settle}). A payment towards an invoice
     * is admitted under the invoice's lock ({@link InvoicePayments}).
     */
    public Recorded record(Caller caller, ChargeCommand named, Currency currency) {
        long organization = caller.organizationId();
        if (named.idempotencyKey() != null) {
            items.lockKey(organization, named.idempotencyKey());
            var earlier = items.byKey(organization, named.idempotencyKey());
            if (earlier.isPresent()) {
                // a retry that named no amount asked for the price its first attempt paid — an invoice's debt has
                // since shrunk by that very payment
                ChargeCommand asked = named.amount() != null ? named
                        : named.at(new Money(earlier.get().amount(), earlier.get().currency()));
                if (!earlier.get().fingerprint().equals(asked.fingerprint())) {
                    throw new InvalidInputException("stripe_idempotency_key",
                            "was already used for another payment with different parameters");
                }
                return new Recorded(PaymentViews.of(earlier.get()), false, null);
            }
        }
        ChargeCommand priced = named;
        BigDecimal invoicePayable = null;
        for (Map.Entry<Purchasables.Kind, Long> purchasable : named.purchasables().entrySet()) {
            BigDecimal price = purchasables.price(organization, purchasable.getKey(), purchasable.getValue())
                    .orElseThrow(() -> new InvalidInputException(purchasable.getKey().field,
                            purchasable.getKey().noun + " not found"));
            if (purchasable.getKey() == Purchasables.Kind.REQUESTED_PAYMENT) {
                invoicePayable = price;
            }
            if (priced.amount() == null) {
                priced = priced.at(new Money(price, currency));
            }
        }
        ChargeCommand command = priced;
        Long invoice = command.purchasables().get(Purchasables.Kind.REQUESTED_PAYMENT);
        if (invoice != null) {
            invoicePayments.admit(organization, invoice, command.senderId(), command.amount(), invoicePayable);
        }
        requirePatient(organization, command.senderId(), "sender_id");
        if (command.recipientId() != null) {
            requireMember(organization, command.recipientId(), "recipient_id");
        }
        StripeCustomerDetail card = null;
        if (command.cardId() != null) {
            card = cards.find(organization, command.cardId()).filter(c -> c.patientId() == command.senderId())
                    .orElseThrow(() -> new InvalidInputException("stripe_customer_detail_id", "Card not found"));
        } else if (command.shouldCharge()) {
            card = cards.ofPatients(organization, List.of(command.senderId())).stream()
                    .filter(StripeCustomerDetail::isDefault).findFirst()
                    .orElseThrow(() -> new InvalidInputException("stripe_customer_detail_id",
                            "The patient has no card on file to charge"));
        }
        String chargeKey = command.shouldCharge()
                ? (command.idempotencyKey() != null ? command.idempotencyKey() : "caregate-" + UUID.randomUUID())
                : null;
        Long recipient = command.recipientId() != null ? command.recipientId()
                : caller.isMember() ? caller.userId() : null;
        BillingItem payment = new BillingItem(organization, command.senderId(), recipient,
                card == null ? null : card.id(), command.amount().amount(), command.amount().currency(),
                command.note(), command.paymentMedium(), command.idempotencyKey(), command.fingerprint(), chargeKey,
                command.createdAt(), clock.instant(), grace());
        Long offering = command.purchasables().get(Purchasables.Kind.OFFERING);
        if (offering != null) {
            payment.buys(offering); // before it is stored: the package a payment buys never changes
            if (card != null && chargeKey != null && !command.billedOnce()) {
                recurring.startIfRecurring(payment, offering, card.id(), clock.instant());
            }
        }
        if (invoice != null) {
            payment.pays(invoice);
        }
        BillingItem item = items.add(payment);
        events.publish(caller, new BillingItemEvent(BillingItemEvent.Action.CREATED, item.id(), List.of()));
        grantPackageIfPaid(caller, item);
        invoicePayments.paid(caller, item);
        PaymentGateway.Charge charge = chargeKey == null ? null : chargeOf(item, card);
        return new Recorded(PaymentViews.of(item), true, charge);
    }

    /**
     * Records a checkout's payment as {@link #record} does, and with its intent the checkout it pays for — in the same
     * transaction, so that no charge is ever made for a checkout the reconciler would not find (ADR 0032).
     */
    public Recorded recordCheckout(Caller caller, ChargeCommand command, Currency currency, String slotFingerprint) {
        Recorded recorded = record(caller, command, currency);
        if (recorded.fresh()) {
            checkouts.add(new CheckoutPayment(caller.organizationId(), recorded.item().id(), slotFingerprint,
                    clock.instant(), grace()));
        }
        return recorded;
    }

    /** Records the gateway's answer to a pending charge; publishes the change when there is one. */
    public BillingItemView settle(Caller caller, long organizationId, long itemId, PaymentGateway.ChargeOutcome outcome) {
        BillingItem item = items.lock(organizationId, itemId).orElseThrow(() -> new NotFoundException(ITEM));
        if (item.settle(outcome, clock.instant())) {
            events.publish(caller, new BillingItemEvent(BillingItemEvent.Action.UPDATED, item.id(),
                    List.of("state", "failure_reason")));
            grantPackageIfPaid(caller, item);
            invoicePayments.paid(caller, item);
        }
        return PaymentViews.of(item);
    }

    /**
     * A paid payment for a package gives the sender the package's credits, once per payment (its id is the purchase
     * key): a settlement seen twice grants nothing more. The package was checked when the payment was recorded; one
     * deleted since is still honoured — it was paid for.
     */
    private void grantPackageIfPaid(Caller caller, BillingItem item) {
        if (item.offeringId() == null || !item.isPaid()) {
            return;
        }
        if (checkouts.ofItem(item.organizationId(), item.id())
                .filter(checkout -> checkout.state() != CheckoutPayment.State.BOOKED).isPresent()) {
            return; // a checkout's package is granted with its booking, which uses one of the credits
        }
        int period = item.recurringPeriod() == null ? 1 : item.recurringPeriod();
        offerings.findIncludingDeleted(item.organizationId(), item.offeringId()).ifPresent(offering ->
                packageGrants.grantPeriod(offering, item.senderId(), purchaseId(item.id()), period,
                        caller.userId(), clock.instant()));
    }

    /** The purchase a payment's package credits are granted under: once per payment. */
    static String purchaseId(long itemId) {
        return "billing-item-" + itemId;
    }

    /** The payment as it stands now. */
    public BillingItemView view(long organizationId, long itemId) {
        return items.find(organizationId, itemId).map(PaymentViews::of)
                .orElseThrow(() -> new NotFoundException(ITEM));
    }

    /** The state of the payment's refund asked for under {@code key}, if there is one. */
    public Optional<PaymentState> refundStateUnder(long organizationId, long itemId, String key) {
        return items.find(organizationId, itemId).flatMap(item -> items.refundAskedUnder(item.id(), key))
                .map(Refund::state);
    }

    /** What an update leaves to do at the gateway: a refund to make, or a charge to make again. */
    record Planned(BillingItemView item, Refund refund, String chargeId, PaymentGateway.Charge retry) {
    }

    /** Applies an update's changes to the payment, locked; reserves a refund or prepares a retry. */
    public Planned change(Caller caller, long itemId, PaymentInputs.Changes changes) {
        long organization = caller.organizationId();
        BillingItem item = items.lock(organization, itemId).filter(i -> i.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException(ITEM));
        List<String> changed = new ArrayList<>();
        if (changes.recurringChange()) {
            changed.addAll(recurring.change(item, changes, clock.instant()));
        }
        if (changes.senderId() != null && changes.senderId() != item.senderId()) {
            throw new InvalidInputException("sender_id", "A payment's payer cannot be changed");
        }
        if (changes.resendReceipt()) {
            if (!item.isPaid()) {
                throw new InvalidInputException("resend_receipt", "Only a paid payment has a receipt to send");
            }
            events.publish(caller, new BillingEmailEvent(BillingEmailEvent.Action.RECEIPT, item.id()));
        }
        if (changes.recipientId() != null) {
            requireMember(organization, changes.recipientId(), "recipient_id");
        }
        if (changes.amount() != null && changes.amount().amount().compareTo(item.amount()) != 0) {
            invoicePayments.amountChanging(caller, item, changes.amount().amount());
            if (!item.correctOutsideAmount(changes.amount().amount(), clock.instant())) {
                throw new InvalidInputException("amount_paid", item.state() == PaymentState.OUTSIDE
                        ? "must not be less than what was refunded"
                        : "A charged amount cannot be changed; refund with chosen_refund_amount");
            }
            changed.add("amount_paid");
        }
        if (changes.createdAt() != null && item.state() != PaymentState.OUTSIDE) {
            throw new InvalidInputException("created_at", "is for outside payments only");
        }
        item.describe(changes.note(), changes.paymentMedium(), changes.recipientId(), clock.instant());
        addIf(changed, changes.note() != null, "note");
        addIf(changed, changes.paymentMedium() != null, "payment_medium");
        addIf(changed, changes.recipientId() != null, "recipient");
        Refund refund = null;
        Optional<Refund> asked = changes.refund() == null || changes.newChargeKey() == null ? Optional.empty()
                : items.refundAskedUnder(item.id(), changes.newChargeKey());
        if (asked.isPresent()) {
            // the same refund asked for again (a client's retry): answered as it stands, never refunded twice
            if (asked.get().amount().compareTo(changes.refund().amount()) != 0) {
                throw new InvalidInputException("stripe_idempotency_key",
                        "was already used for another refund with a different amount");
            }
        } else if (changes.refund() != null) {
            Money wanted = changes.refund();
            if (!item.reserveRefund(wanted.amount(), clock.instant())) {
                throw new InvalidInputException("chosen_refund_amount", "must be at most what was paid and not "
                        + "refunded yet (" + new Money(item.refundable(), item.currency()).toPlainString() + ")");
            }
            refund = items.addRefund(new Refund(item.id(), organization, wanted.amount(),
                    item.state() == PaymentState.SUCCEEDED, clock.instant()).askedUnder(changes.newChargeKey()));
            changed.add("amount_refunded");
        }
        PaymentGateway.Charge retry = null;
        if (changes.resendPayment()) {
            if (item.state() != PaymentState.FAILED) {
                throw new InvalidInputException("resend_payment", "Only a failed payment can be resent");
            }
            if (checkouts.ofItem(organization, item.id()).isPresent()) {
                // its appointment was never booked: charged again, it would pay for nothing
                throw new InvalidInputException("resend_payment", "A checkout's payment cannot be resent: its "
                        + "appointment was not booked; check out again to book and pay");
            }
            if (item.requestedPaymentId() != null) {
                // a failed payment counts for nothing on its invoice, which may have been paid meanwhile; the lock
                // is held until this retry is recorded, as when a payment is recorded
                BigDecimal payable = invoicePayments.payable(organization, item.requestedPaymentId())
                        .orElse(BigDecimal.ZERO);
                if (item.amount().compareTo(payable) > 0) {
                    throw new InvalidInputException("amount_paid", "is more than is still owed on the invoice ("
                            + new Money(payable, item.currency()).toPlainString() + "); the payment cannot be resent");
                }
            }
            String key = changes.newChargeKey() != null ? changes.newChargeKey()
                    : "caregate-" + UUID.randomUUID();
            if (key.equals(item.chargeKey())) {
                throw new InvalidInputException("stripe_idempotency_key",
                        "is the key of the failed attempt; send a new key to charge again");
            }
            StripeCustomerDetail card = item.cardId() == null ? null : cards.find(organization, item.cardId())
                    .orElse(null);
            if (card == null) {
                throw new InvalidInputException("stripe_customer_detail_id", "Card not found");
            }
            item.retry(key, clock.instant(), grace());
            retry = chargeOf(item, card);
            changed.add("state");
        }
        if (!changed.isEmpty()) {
            events.publish(caller, new BillingItemEvent(BillingItemEvent.Action.UPDATED, item.id(), changed));
        }
        boolean atGateway = refund != null && refund.state() == PaymentState.PENDING;
        return new Planned(PaymentViews.of(item), atGateway ? refund : null, item.gatewayChargeId(), retry);
    }

    /** A period of a recurring payment opened for charging: its billing item, and the charge (none: the card is gone). */
    record OpenedPeriod(long organizationId, long itemId, PaymentGateway.Charge charge) {
    }

    /**
     * Opens the next period of up to {@code limit} due recurring payments, claimed {@code FOR UPDATE SKIP LOCKED}: each a
     * pending billing item under the period's own key, committed — with the schedule advanced and
     * {@code billing_item.created} in the outbox — before anything is charged. An opened period that is never charged
     * (the server stopped) is a pending intent like any other: the reconciler charges it under the same key (ADR 0027).
     */
    public List<OpenedPeriod> openDuePeriods(int limit) {
        List<OpenedPeriod> opened = new ArrayList<>();
        for (RecurringPayments.Period period : recurring.openDue(clock.instant(), limit, grace())) {
            BillingItem item = items.add(period.item());
            events.publish(RecurringPayments.system(item.organizationId()),
                    new BillingItemEvent(BillingItemEvent.Action.CREATED, item.id(), List.of()));
            StripeCustomerDetail card = cards.find(item.organizationId(), item.cardId()).orElse(null);
            opened.add(new OpenedPeriod(item.organizationId(), item.id(), card == null ? null : chargeOf(item, card)));
        }
        return opened;
    }

    /** Records the gateway's answer to a refund: a refused one frees its amount again. */
    public BillingItemView settleRefund(Caller caller, long organizationId, long refundId,
                                        PaymentGateway.ChargeOutcome outcome) {
        Refund asked = items.refund(refundId).orElseThrow(() -> new NotFoundException("Refund"));
        BillingItem item = items.lock(organizationId, asked.billingItemId())
                .orElseThrow(() -> new NotFoundException(ITEM));
        // read again under the payment's lock: a refund settled meanwhile (the reconciler, another server) is not
        // settled — nor its amount released — twice
        Refund refund = items.lockRefund(refundId).orElseThrow(() -> new NotFoundException("Refund"));
        if (refund.state() == PaymentState.PENDING && !(outcome instanceof PaymentGateway.Unknown)) {
            refund.settled(outcome);
            if (outcome instanceof PaymentGateway.Declined) {
                item.releaseRefund(refund.amount(), clock.instant());
                events.publish(caller, new BillingItemEvent(BillingItemEvent.Action.UPDATED, item.id(),
                        List.of("amount_refunded")));
            }
        }
        return PaymentViews.of(item);
    }

    /** Soft-deletes the payment. */
    public BillingItemView delete(Caller caller, long itemId) {
        BillingItem item = items.lock(caller.organizationId(), itemId).filter(i -> i.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException(ITEM));
        if (checkouts.ofItem(caller.organizationId(), itemId).map(CheckoutPayment::state)
                .filter(state -> state == CheckoutPayment.State.CHARGING || state == CheckoutPayment.State.REFUNDING)
                .isPresent()) {
            // the checkout reconciler still settles it: a charge left without its booking must be refunded
            throw new InvalidInputException("id", "A checkout's payment cannot be deleted while its checkout is "
                    + "being charged or refunded; try again in a few minutes");
        }
        invoicePayments.amountChanging(caller, item, BigDecimal.ZERO);
        item.delete(clock.instant());
        events.publish(caller, new BillingItemEvent(BillingItemEvent.Action.UPDATED, item.id(),
                List.of("deleted_at")));
        return PaymentViews.of(item);
    }

    /** Saves a card the gateway saved, as the patient's default when asked or when it is their first. */
    public CardView saveCard(long organizationId, long patientId, PaymentGateway.SavedCard saved, CardLabel label,
                             boolean askedDefault) {
        cards.lockPatient(organizationId, patientId);
        List<StripeCustomerDetail> existing = cards.ofPatients(organizationId, List.of(patientId));
        boolean makeDefault = askedDefault || existing.stream().noneMatch(StripeCustomerDetail::isDefault);
        if (makeDefault) {
            existing.forEach(StripeCustomerDetail::noLongerDefault);
        }
        return PaymentViews.of(cards.add(new StripeCustomerDetail(organizationId, patientId, saved, label,
                makeDefault, clock.instant())));
    }

    /**
     * Saves the card a person without a key paid a checkout with: never the patient's default, whatever cards they
     * have (the patient was named by name and email only — see {@code CheckoutPaymentsBean}).
     */
    public CardView saveCheckoutCard(long organizationId, long patientId, PaymentGateway.SavedCard saved) {
        return PaymentViews.of(cards.add(new StripeCustomerDetail(organizationId, patientId, saved, CardLabel.PERSONAL,
                false, clock.instant())));
    }

    /** The gateway customer the patient's cards are saved on, if any card is. */
    public Optional<String> customerOf(long organizationId, long patientId) {
        return cards.customerOf(organizationId, patientId);
    }

    private PaymentGateway.Charge chargeOf(BillingItem item, StripeCustomerDetail card) {
        return new PaymentGateway.Charge(item.chargeKey(), card.gatewayCustomerId(), card.gatewayPaymentMethodId(),
                Amounts.minorUnits(new Money(item.amount(), item.currency())), item.currency().getCurrencyCode(),
                item.id());
    }

    private Duration grace() {
        return Duration.parse(settleGrace);
    }

    private void requirePatient(long organization, long userId, String field) {
        people.person(userId).filter(p -> p.isPatient() && p.organizationId() == organization)
                .orElseThrow(() -> new InvalidInputException(field, "Patient not found"));
    }

    private void requireMember(long organization, long userId, String field) {
        Person person = people.person(userId).filter(p -> !p.isPatient() && p.organizationId() == organization)
                .orElseThrow(() -> new InvalidInputException(field, "Provider not found"));
        if (!person.active()) {
            throw new InvalidInputException(field, "Provider not found");
        }
    }

    private static void addIf(List<String> list, boolean condition, String field) {
        if (condition) {
            list.add(field);
        }
    }
}
