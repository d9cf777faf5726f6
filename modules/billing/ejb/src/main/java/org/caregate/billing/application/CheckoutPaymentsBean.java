package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.CheckoutFacade;
import org.caregate.billing.api.CheckoutOutcome;
import org.caregate.billing.api.CheckoutPaymentRequest;
import org.caregate.billing.api.NewCard;
import org.caregate.billing.api.PaymentsFacade;
import org.caregate.billing.domain.ChargeFingerprint;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.Purchasables;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.PreparedCheckout;
import org.jboss.logging.Logger;

/**
 * {@code completeCheckout} paid for at checkout (ADR 0032), in steps with no transaction open while the gateway is
 * asked: check the booking (the slot open, the patient found or registered) and the payment; record the payment's
 * intent with its checkout (committed); charge the card under the payment's key; then book the slot in a transaction
 * of its own, with the package's credits granted and one of them used. A booking refused after the charge — the slot
 * taken meanwhile by another checkout — is answered with its refusal and the charge is refunded: the payment stays in
 * the books, refunded. What a crash leaves between the steps is the reconcilers'.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckoutPaymentsBean implements CheckoutFacade {

    /** How a patient's booking refusal after the charge is completed in {@code messages}. */
    static final String REFUNDED = "The appointment was not booked; the charge was refunded";
    static final String UNANSWERED = "The payment processor did not answer; the appointment was not booked, and a "
            + "charge made meanwhile is refunded";
    private static final Logger LOG = Logger.getLogger(CheckoutPaymentsBean.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]{1,255}");
    private static final String KEY = "stripe_idempotency_key";
    private static final String CARD = "stripe_customer_detail_id";
    private static final long WAIT_FOR_OTHER_MS = 30_000;

    @EJB
    AppointmentFacade appointments;

    @EJB
    PaymentsFacade payments;

    @EJB
    PaymentLedger ledger;

    @EJB
    CheckoutLedger checkouts;

    @EJB
    CheckoutReconciler reconciler;

    @Inject
    PaymentGateway gateway;

    @EJB
    PeopleDirectory people;

    /** The payment fields, read and bounded. */
    record Paying(long offeringId, Long cardId, String token, String key) {

        String cardField() {
            return token != null ? "token" : CARD;
        }
    }

    @Override
    public CheckoutOutcome checkOut(Caller caller, CheckoutRequest request, CheckoutPaymentRequest payment) {
        if (!payment.paying()) {
            return CheckoutOutcome.booked(appointments.completeCheckout(caller, request));
        }
        Paying paying = read(caller, payment);
        String slot = slotFingerprint(request);
        if (paying.key() != null && !caller.isMember()) {
            // before the checkout is prepared: its slot is taken by its own booking when the first one booked
            Long known = organizationOf(caller, request);
            Optional<CheckoutLedger.Standing> earlier = known == null ? Optional.empty()
                    : checkouts.underKey(known, paying.key());
            if (earlier.isPresent()) {
                return again(caller, known, earlier.get(), slot, paying);
            }
        }
        PreparedCheckout prepared = appointments.prepareCheckout(caller, request);
        long organization = prepared.organizationId();
        Caller payer = caller.isAuthenticated() ? caller
                : caller.actingAs(prepared.patientId(), organization, Role.PATIENT, caller.privileges());
        checkouts.requireOffering(prepared, paying.offeringId());
        Long card = paying.cardId();
        if (paying.token() != null && caller.isAuthenticated()) {
            CardView saved = payments.saveCard(payer, new NewCard(paying.token(), null,
                    Long.toString(prepared.patientId()), null));
            card = saved.id();
        } else if (paying.token() != null) {
            card = cardOfAnonymousCheckout(organization, prepared.patientId(), paying.token());
        }
        ChargeCommand command = new ChargeCommand(null, prepared.patientId(), prepared.providerId(), card, null, null,
                null, true, paying.key(), Map.of(Purchasables.Kind.OFFERING, paying.offeringId()), true);
        PaymentLedger.Recorded recorded = ledger.recordCheckout(payer, command, checkouts.currency(organization),
                slot);
        long itemId = recorded.item().id();
        if (!recorded.fresh()) {
            return again(caller, organization, checkouts.standing(organization, itemId), slot, paying);
        }
        PaymentGateway.ChargeOutcome outcome = gateway.charge(organization, recorded.charge());
        ledger.settle(payer, organization, itemId, outcome);
        if (outcome instanceof PaymentGateway.Declined declined) {
            checkouts.declined(organization, itemId);
            return CheckoutOutcome.refused(List.of(new FieldMessage(paying.cardField(),
                    "The card was declined: " + declined.reason())));
        }
        if (outcome instanceof PaymentGateway.Unknown) {
            return CheckoutOutcome.refused(List.of(new FieldMessage("payment", UNANSWERED)));
        }
        return book(caller, payer, request, organization, itemId, paying);
    }

    /**
     * The card a person without a key pays with. They name the patient by name and email only, so the patient may be
     * someone else's existing record (with an account and cards of their own): the card is kept for this checkout's
     * charge (and its reconciliation and refund) but never as the patient's default, so no later charge that names
     * no card goes to it, and an existing default stays the default.
     */
    private long cardOfAnonymousCheckout(long organization, long patient, String token) {
        PaymentGateway.SavedCard saved;
        try {
            saved = gateway.saveCard(organization, ledger.customerOf(organization, patient).orElse(null), patient,
                    token);
        } catch (PaymentGateway.CardRefused refused) {
            throw new InvalidInputException("token", refused.getMessage());
        }
        return ledger.saveCheckoutCard(organization, patient, saved).id();
    }

    /** Books the charged checkout; a refusal refunds the charge and is answered as the booking's own. */
    private CheckoutOutcome book(Caller caller, Caller payer, CheckoutRequest request, long organization, long itemId,
                                 Paying paying) {
        List<FieldMessage> refusal;
        try {
            Optional<AppointmentView> booked = checkouts.book(caller, request, organization, itemId);
            if (booked.isPresent()) {
                return CheckoutOutcome.booked(booked.get());
            }
            return answer(payer, checkouts.standing(organization, itemId), paying);
        } catch (InvalidInputException e) {
            refusal = e.problems();
        } catch (CaregateException e) {
            refusal = List.of(new FieldMessage("date", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Checkout of billing item %d could not be booked after its charge; refunding", itemId);
            refusal = List.of(new FieldMessage("date", "The appointment could not be booked"));
        }
        FieldMessage first = refusal.get(0);
        if (checkouts.refunding(organization, itemId, first.field(), first.message())) {
            reconciler.refund(organization, itemId);
        }
        List<FieldMessage> messages = new ArrayList<>(refusal);
        messages.add(new FieldMessage("payment", REFUNDED));
        return CheckoutOutcome.refused(messages);
    }

    /**
     * The same key again: the first checkout's answer when it is this checkout (the same request — patient, slot,
     * package and card), waiting for it while it is still charging; refused on the key otherwise.
     */
    private CheckoutOutcome again(Caller caller, long organization, CheckoutLedger.Standing earlier, String slot,
                                  Paying paying) {
        boolean same = earlier.checkout() != null && earlier.checkout().slotFingerprint().equals(slot)
                && (!caller.isAuthenticated() || earlier.senderId() == caller.userId())
                && Objects.equals(earlier.offeringId(), paying.offeringId())
                && (paying.cardId() == null || paying.cardId().equals(earlier.cardId()));
        if (!same) {
            throw new InvalidInputException(KEY, "was already used for another payment with different parameters");
        }
        Caller payer = caller.isAuthenticated() ? caller
                : caller.actingAs(earlier.senderId(), organization, Role.PATIENT, caller.privileges());
        CheckoutLedger.Standing standing = earlier;
        long deadline = System.currentTimeMillis() + WAIT_FOR_OTHER_MS;
        while (standing.checkout().state() == CheckoutPayment.State.CHARGING
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            standing = checkouts.standing(organization, earlier.itemId());
        }
        return answer(payer, standing, paying);
    }

    /** The organization a checkout books in: the signed-in patient's, else the provider's (null: unknown yet). */
    private Long organizationOf(Caller caller, CheckoutRequest request) {
        if (caller.isAuthenticated()) {
            return caller.organizationId();
        }
        return request.providerId() == null ? null : people.person(request.providerId().value())
                .filter(p -> !p.isPatient()).map(Person::organizationId).orElse(null);
    }

    /** What a checkout that got as far as it did answers. */
    private CheckoutOutcome answer(Caller payer, CheckoutLedger.Standing standing, Paying paying) {
        CheckoutPayment checkout = standing.checkout();
        return switch (checkout.state()) {
            case BOOKED -> CheckoutOutcome.booked(appointments.appointment(payer,
                    new AppointmentId(checkout.appointmentId()), false));
            case DECLINED -> CheckoutOutcome.refused(List.of(new FieldMessage(paying.cardField(),
                    "The card was declined: " + standing.failureReason())));
            case REFUNDING, REFUNDED -> CheckoutOutcome.refused(List.of(
                    new FieldMessage(checkout.refusalField(), checkout.refusalMessage()),
                    new FieldMessage("payment", REFUNDED)));
            case CHARGING -> CheckoutOutcome.refused(List.of(new FieldMessage("payment",
                    standing.payment() == PaymentState.PENDING ? UNANSWERED : "The checkout is still being booked")));
        };
    }

    /**
     * Reads the payment fields: a package is what is paid for; a card — the calling patient's own on file, or a
     * token — pays for it; a person without an account pays with a token only.
     */
    static Paying read(Caller caller, CheckoutPaymentRequest payment) {
        Inputs inputs = new Inputs();
        Long offering = inputs.id("offering_id", payment.offeringId());
        if (offering == null && !inputs.hasProblem("offering_id")) {
            inputs.problem("offering_id", "can't be blank when paying at checkout (the package paid for)");
        }
        Long card = inputs.id(CARD, payment.stripeCustomerDetailId());
        String token = payment.token() == null || payment.token().isEmpty() ? null : payment.token();
        if (token != null && !TOKEN.matcher(token).matches()) {
            inputs.problem("token", "must be a payment processor token such as tok_visa (never a card number)");
        }
        if (card != null && token != null) {
            inputs.problem("token", "send either a token or stripe_customer_detail_id, not both");
        } else if (card != null && !caller.isAuthenticated()) {
            inputs.problem(CARD, "Card not found");
        } else if (card == null && token == null && !inputs.hasProblem(CARD) && !inputs.hasProblem("token")) {
            inputs.problem(caller.isAuthenticated() ? CARD : "token", "can't be blank when paying at checkout");
        }
        String key = PaymentInputs.idempotencyKey(inputs, payment.idempotencyKey());
        inputs.check();
        return new Paying(offering, card, token, key);
    }

    /**
     * What a checkout's idempotency key promises besides its payment: the same booking asked for — provider, type,
     * start, contact type and, without an account, the same person.
     */
    static String slotFingerprint(CheckoutRequest request) {
        return ChargeFingerprint.of("checkout", request.providerId(), request.appointmentTypeId(), request.start(),
                request.timezone(), request.contactType(), request.firstName(), request.lastName(), request.email());
    }
}
