package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.CheckoutOutcome;
import org.caregate.billing.api.CheckoutPaymentRequest;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.NewCard;
import org.caregate.billing.api.PaymentsFacade;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.PreparedCheckout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decisions of a paid checkout, with fakes of its ports: what is charged, when the slot is booked, when a charge
 * is refunded, what a retry under the same key answers — never a booking without its charge, never a charge left
 * standing without its booking.
 */
class CheckoutPaymentsBeanTest {

    private static final Instant NOW = Instant.parse("2031-03-03T14:00:00Z");
    private static final String SLOT_TAKEN = "This time slot is no longer available. Please choose another time.";
    private static final Caller PATIENT = new Caller(7L, 1L, Role.PATIENT, Privileges.NONE, "r", null);
    private static final CheckoutRequest REQUEST = new CheckoutRequest(null, "video", null, null, null, null, null,
            null, null, new Reading(Set.of(), List.of()));
    private static final PreparedCheckout PREPARED = new PreparedCheckout(1, 7, 3, 5, NOW.plus(Duration.ofDays(7)),
            "video");
    private static final CheckoutPaymentRequest PAYING = new CheckoutPaymentRequest("9", "4", null, "key-1");

    private final List<String> happened = new ArrayList<>();
    private PaymentGateway.ChargeOutcome chargeAnswer = new PaymentGateway.Charged("pi_1");
    private RuntimeException bookingRefusal;
    private CheckoutLedger.Standing earlier;
    private CheckoutPayment checkout;
    private CheckoutPaymentsBean bean;

    @BeforeEach
    void wire() {
        bean = new CheckoutPaymentsBean();
        bean.appointments = appointments();
        bean.gateway = new PaymentGateway() {
            @Override
            public SavedCard saveCard(long organizationId, String customerId, long patientId, String token) {
                happened.add("gateway saves " + token + " on " + customerId);
                return new SavedCard(customerId, "pm_stranger", "visa", "4242", 3, 2031);
            }

            @Override
            public ChargeOutcome charge(long organizationId, Charge charge) {
                happened.add("charge " + charge.idempotencyKey());
                return chargeAnswer;
            }

            @Override
            public ChargeOutcome refund(long organizationId, String chargeId, long amountMinor, String key) {
                throw new UnsupportedOperationException();
            }
        };
        bean.ledger = new PaymentLedger() {
            @Override
            public Recorded recordCheckout(Caller caller, ChargeCommand command, Currency currency, String slot) {
                happened.add("intent " + command.idempotencyKey() + " card " + command.cardId());
                checkout = new CheckoutPayment(1, 11, slot, NOW, Duration.ofMinutes(2));
                return new Recorded(item(11), true, new PaymentGateway.Charge(command.idempotencyKey(), "cus_1",
                        "pm_1", 8000, "USD", 11L));
            }

            @Override
            public Optional<String> customerOf(long organizationId, long patientId) {
                return Optional.of("cus_of_" + patientId);
            }

            @Override
            public CardView saveCheckoutCard(long organizationId, long patientId, PaymentGateway.SavedCard saved) {
                happened.add("kept for the checkout, not default: " + saved.paymentMethodId());
                return new CardView(5, patientId, "personal", false, "visa", "4242", 3, 2031, NOW);
            }

            @Override
            public BillingItemView settle(Caller caller, long organizationId, long itemId,
                                          PaymentGateway.ChargeOutcome outcome) {
                happened.add("settled " + outcome.getClass().getSimpleName());
                return item(itemId);
            }
        };
        bean.payments = (PaymentsFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PaymentsFacade.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveCard")) {
                        NewCard card = (NewCard) args[1];
                        happened.add("createStripeCustomerDetail " + card.token() + " for " + card.userId());
                        return new CardView(6, 7, "personal", true, "visa", "4242", 3, 2031, NOW);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        bean.checkouts = new CheckoutLedger() {
            @Override
            public Optional<Standing> underKey(long organizationId, String key) {
                return Optional.ofNullable(earlier);
            }

            @Override
            public Standing standing(long organizationId, long itemId) {
                return new Standing(itemId, 7, 4L, 9L, PaymentState.SUCCEEDED, null, checkout);
            }

            @Override
            public void requireOffering(PreparedCheckout prepared, long offeringId) {
                happened.add("offering " + offeringId);
            }

            @Override
            public Currency currency(long organizationId) {
                return Currency.getInstance("USD");
            }

            @Override
            public Optional<AppointmentView> book(Caller caller, CheckoutRequest request, long organizationId,
                                                  long itemId) {
                if (bookingRefusal != null) {
                    throw bookingRefusal;
                }
                happened.add("booked");
                checkout.booked(21, NOW);
                return Optional.of(appointment(21));
            }

            @Override
            public void declined(long organizationId, long itemId) {
                happened.add("declined");
                checkout.declined(NOW);
            }

            @Override
            public boolean refunding(long organizationId, long itemId, String field, String message) {
                happened.add("refunding " + field);
                checkout.refunding(field, message, NOW, Duration.ofMinutes(2));
                return true;
            }
        };
        bean.reconciler = new CheckoutReconciler() {
            @Override
            public void refund(long organizationId, long itemId) {
                happened.add("refund " + itemId);
            }
        };
    }

    @Test
    void aPaidCheckoutRecordsItsIntentChargesThenBooks() {
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment().id()).isEqualTo(21);
        assertThat(outcome.messages()).isEmpty();
        assertThat(happened).containsExactly("prepared", "offering 9", "intent key-1 card 4", "charge key-1",
                "settled Charged", "booked");
    }

    @Test
    void aBookingRefusedAfterTheChargeIsRefundedAndAnsweredWithItsRefusal() {
        bookingRefusal = new InvalidInputException("date", SLOT_TAKEN);
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment()).isNull();
        assertThat(outcome.messages()).containsExactly(new FieldMessage("date", SLOT_TAKEN),
                new FieldMessage("payment", CheckoutPaymentsBean.REFUNDED));
        assertThat(happened).containsSubsequence("charge key-1", "refunding date", "refund 11");
        assertThat(checkout.state()).isEqualTo(CheckoutPayment.State.REFUNDING);
    }

    @Test
    void anUnexpectedBookingFailureAfterTheChargeIsRefundedToo() {
        bookingRefusal = new IllegalStateException("database went away");
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment()).isNull();
        assertThat(happened).containsSubsequence("charge key-1", "refunding date", "refund 11");
    }

    @Test
    void aDeclineBooksNothingAndSaysWhyOnTheCard() {
        chargeAnswer = new PaymentGateway.Declined("card_declined", "Your card was declined.");
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment()).isNull();
        assertThat(outcome.messages()).containsExactly(new FieldMessage("stripe_customer_detail_id",
                "The card was declined: Your card was declined."));
        assertThat(happened).contains("declined").doesNotContain("booked");
    }

    @Test
    void anUnansweredChargeBooksNothingAndIsLeftToTheReconciler() {
        chargeAnswer = new PaymentGateway.Unknown("timeout");
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment()).isNull();
        assertThat(outcome.messages()).extracting(FieldMessage::field).containsExactly("payment");
        assertThat(happened).doesNotContain("booked", "declined").noneMatch(step -> step.startsWith("refund"));
        assertThat(checkout.state()).isEqualTo(CheckoutPayment.State.CHARGING);
    }

    @Test
    void theSameKeyAnswersTheFirstCheckoutWithoutChargingAgain() {
        checkout = new CheckoutPayment(1, 11, CheckoutPaymentsBean.slotFingerprint(REQUEST), NOW,
                Duration.ofMinutes(2));
        checkout.booked(21, NOW);
        earlier = new CheckoutLedger.Standing(11, 7, 4L, 9L, PaymentState.SUCCEEDED, null, checkout);
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.appointment().id()).isEqualTo(21);
        assertThat(happened).as("answered before the slot, taken by that booking, is checked")
                .containsExactly("appointment 21");
    }

    @Test
    void theSameKeyForAnotherSlotOrAnotherPaymentIsRefusedOnTheKey() {
        checkout = new CheckoutPayment(1, 11, "another slot", NOW, Duration.ofMinutes(2));
        earlier = new CheckoutLedger.Standing(11, 7, 4L, 9L, PaymentState.SUCCEEDED, null, checkout);
        assertThatThrownBy(() -> bean.checkOut(PATIENT, REQUEST, PAYING)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldMessage::field)
                        .containsExactly("stripe_idempotency_key"));
        earlier = new CheckoutLedger.Standing(11, 7, 4L, 9L, PaymentState.SUCCEEDED, null, null);
        assertThatThrownBy(() -> bean.checkOut(PATIENT, REQUEST, PAYING)).isInstanceOf(InvalidInputException.class);
        assertThat(happened).noneMatch(step -> step.startsWith("charge"));
    }

    @Test
    void aRetryOfARefundedCheckoutAnswersItsRefusalAgain() {
        checkout = new CheckoutPayment(1, 11, CheckoutPaymentsBean.slotFingerprint(REQUEST), NOW,
                Duration.ofMinutes(2));
        checkout.refunding("date", SLOT_TAKEN, NOW, Duration.ofMinutes(2));
        earlier = new CheckoutLedger.Standing(11, 7, 4L, 9L, PaymentState.SUCCEEDED, null, checkout);
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, PAYING);
        assertThat(outcome.messages()).containsExactly(new FieldMessage("date", SLOT_TAKEN),
                new FieldMessage("payment", CheckoutPaymentsBean.REFUNDED));
        assertThat(happened).noneMatch(step -> step.startsWith("charge") || step.startsWith("refund"));
    }

    @Test
    void aTokenWithoutAKeyPaysTheCheckoutButNeverBecomesThePatientsDefaultCard() {
        // name and email may match an existing patient with an account: the stranger's card must not become theirs
        CheckoutOutcome outcome = bean.checkOut(Caller.anonymous("r", null), REQUEST,
                new CheckoutPaymentRequest("9", null, "tok_visa", "key-1"));
        assertThat(outcome.appointment().id()).isEqualTo(21);
        assertThat(happened).containsExactly("prepared", "offering 9", "gateway saves tok_visa on cus_of_7",
                "kept for the checkout, not default: pm_stranger", "intent key-1 card 5", "charge key-1",
                "settled Charged", "booked");
    }

    @Test
    void aSignedInPatientsTokenIsSavedAsTheirCard() {
        bean.checkOut(PATIENT, REQUEST, new CheckoutPaymentRequest("9", null, "tok_visa", "key-1"));
        assertThat(happened).containsSubsequence("createStripeCustomerDetail tok_visa for 7", "intent key-1 card 6");
    }

    @Test
    void withoutPaymentFieldsTheCheckoutBooksAsBefore() {
        CheckoutOutcome outcome = bean.checkOut(PATIENT, REQUEST, new CheckoutPaymentRequest(null, null, null, null));
        assertThat(outcome.appointment().id()).isEqualTo(30);
        assertThat(happened).containsExactly("completeCheckout");
    }

    @Test
    void thePaymentFieldsAreReadBeforeAnythingHappens() {
        Caller anonymous = Caller.anonymous("r", null);
        assertThat(refused(anonymous, new CheckoutPaymentRequest("9", "4", null, null)))
                .containsExactly("stripe_customer_detail_id");
        assertThat(refused(anonymous, new CheckoutPaymentRequest("9", null, null, null))).containsExactly("token");
        assertThat(refused(PATIENT, new CheckoutPaymentRequest("9", null, null, null)))
                .containsExactly("stripe_customer_detail_id");
        assertThat(refused(PATIENT, new CheckoutPaymentRequest(null, "4", null, null))).containsExactly("offering_id");
        assertThat(refused(PATIENT, new CheckoutPaymentRequest("9", "4", "tok_visa", null))).containsExactly("token");
        assertThat(refused(PATIENT, new CheckoutPaymentRequest("9", null, "4242 4242 4242 4242", null)))
                .containsExactly("token");
        assertThat(refused(PATIENT, new CheckoutPaymentRequest("9", "4", null, "a key with spaces")))
                .containsExactly("stripe_idempotency_key");
        assertThat(happened).isEmpty();
    }

    private List<String> refused(Caller caller, CheckoutPaymentRequest payment) {
        try {
            bean.checkOut(caller, REQUEST, payment);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldMessage::field).toList();
        }
        throw new AssertionError("not refused");
    }

    /** Scheduling's facade: prepares {@link #PREPARED}, books without payment, reads an appointment back. */
    private AppointmentFacade appointments() {
        return (AppointmentFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AppointmentFacade.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "prepareCheckout" -> {
                        happened.add("prepared");
                        yield PREPARED;
                    }
                    case "completeCheckout" -> {
                        happened.add("completeCheckout");
                        yield appointment(30);
                    }
                    case "appointment" -> {
                        long id = ((org.caregate.kernel.id.AppointmentId) args[1]).value();
                        happened.add("appointment " + id);
                        yield appointment(id);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static BillingItemView item(long id) {
        Money amount = new Money(new BigDecimal("80.00"), Currency.getInstance("USD"));
        return new BillingItemView(id, amount, new Money(BigDecimal.ZERO.setScale(2), Currency.getInstance("USD")),
                "pending", null, 7L, 3L, 4L, null, null, "key-1", NOW, NOW, null);
    }

    private static AppointmentView appointment(long id) {
        return new AppointmentView(id, 1, 3L, 7L, List.of(), List.of(), null, "video", PREPARED.start(),
                PREPARED.start().plus(Duration.ofMinutes(30)), null, null, 30, null, null, false, true, null, null,
                null, null, null, List.of(), null, null, NOW, NOW);
    }
}
