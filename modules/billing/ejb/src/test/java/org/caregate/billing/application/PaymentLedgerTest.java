package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.billing.api.Money;
import org.caregate.billing.application.invoices.InvoicePayments;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CardLabel;
import org.caregate.billing.domain.CardRepository;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.CheckoutPaymentRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.Refund;
import org.caregate.billing.domain.StripeCustomerDetail;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment ledger's decisions on resending, deleting and refunding a payment — with in-memory fakes of its
 * repositories — and the checkout reconciler driving its refunds: a refund the gateway refused is never taken for
 * one made, a checkout's or an invoice's payment is not charged again for nothing, and one checkout that cannot be
 * refunded does not stop the others.
 */
class PaymentLedgerTest {

    private static final Instant NOW = Instant.parse("2031-03-03T14:00:00Z");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Caller OWNER = new Caller(3L, 1L, Role.STAFF, Privileges.NONE, "r", null);

    private final Map<Long, BillingItem> stored = new HashMap<>();
    private final List<Refund> refunds = new ArrayList<>();
    private final Map<Long, CheckoutPayment> checkoutsOfItems = new HashMap<>();
    private BigDecimal invoicePayable = BigDecimal.ZERO;
    private final List<String> refundedCheckouts = new ArrayList<>();
    private final List<String> gatewayRefunds = new ArrayList<>();
    private final List<PaymentGateway.ChargeOutcome> refundAnswers = new ArrayList<>();
    private PaymentLedger ledger;

    @BeforeEach
    void wire() {
        ledger = new PaymentLedger();
        ledger.clock = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        ledger.settleGrace = "PT2M";
        ledger.items = new Items();
        ledger.cards = new Cards();
        ledger.checkouts = new Checkouts();
        ledger.events = (caller, event) -> { };
        ledger.invoicePayments = new InvoicePayments() {
            @Override
            public Optional<BigDecimal> payable(long organizationId, long invoiceId) {
                return Optional.of(invoicePayable);
            }

            @Override
            public void paid(Caller caller, BillingItem payment) {
            }

            @Override
            public void amountChanging(Caller caller, BillingItem payment, BigDecimal newAmount) {
            }
        };
    }

    // --- resend_payment

    @Test
    void aDeclinedInvoicePaymentIsNotResentForMoreThanTheInvoiceStillOwes() {
        BillingItem declined = store(payment("40.00", new PaymentGateway.Declined("card_declined", "Declined")));
        declined.pays(9);
        invoicePayable = new BigDecimal("10.00"); // paid otherwise meanwhile
        assertThatThrownBy(() -> ledger.change(OWNER, declined.id(), resend("key-2")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(messages(e)).singleElement().satisfies(m -> {
                    assertThat(m.field()).isEqualTo("amount_paid");
                    assertThat(m.message()).contains("still owed on the invoice (10.00)");
                }));
        assertThat(declined.state()).as("refused: nothing changed").isEqualTo(PaymentState.FAILED);

        invoicePayable = new BigDecimal("40.00");
        PaymentLedger.Planned planned = ledger.change(OWNER, declined.id(), resend("key-3"));
        assertThat(planned.retry()).as("still owed: charged again").isNotNull();
        assertThat(planned.retry().idempotencyKey()).isEqualTo("key-3");
    }

    @Test
    void aDeclinedCheckoutPaymentIsNotResent() {
        BillingItem declined = store(payment("80.00", new PaymentGateway.Declined("card_declined", "Declined")));
        checkoutOf(declined).declined(NOW);
        assertThatThrownBy(() -> ledger.change(OWNER, declined.id(), resend("key-2")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(messages(e)).singleElement().satisfies(m -> {
                    assertThat(m.field()).isEqualTo("resend_payment");
                    assertThat(m.message()).contains("checkout");
                }));
        assertThat(declined.state()).isEqualTo(PaymentState.FAILED);
        assertThat(declined.chargeKey()).isEqualTo("key-1");
    }

    // --- deleting a checkout's payment

    @Test
    void aCheckoutPaymentIsNotDeletedWhileItsCheckoutIsChargingOrRefunding() {
        BillingItem charging = store(payment("80.00", null));
        checkoutOf(charging);
        assertThatThrownBy(() -> ledger.delete(OWNER, charging.id())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(messages(e)).singleElement()
                        .satisfies(m -> assertThat(m.field()).isEqualTo("id")));
        BillingItem refunding = store(payment("80.00", new PaymentGateway.Charged("ch_1")));
        checkoutOf(refunding).refunding("date", "taken", NOW, Duration.ofMinutes(2));
        assertThatThrownBy(() -> ledger.delete(OWNER, refunding.id())).isInstanceOf(InvalidInputException.class);
        assertThat(charging.deletedAt()).isNull();
        assertThat(refunding.deletedAt()).isNull();

        BillingItem booked = store(payment("80.00", new PaymentGateway.Charged("ch_2")));
        checkoutOf(booked).booked(5, NOW);
        ledger.delete(OWNER, booked.id());
        assertThat(booked.deletedAt()).as("a settled checkout's payment is deleted as any other").isNotNull();
    }

    // --- the checkout reconciler's refunds

    @Test
    void aCheckoutRefundTheGatewayRefusedIsAskedAgainUnderANewKeyAndTheCheckoutStaysRefundingUntilItIsMade() {
        BillingItem paid = store(payment("80.00", new PaymentGateway.Charged("ch_1")));
        CheckoutReconciler reconciler = reconciler(List.of());

        refundAnswers.add(new PaymentGateway.Declined("insufficient_funds", "Balance too low"));
        reconciler.refund(1, paid.id());
        assertThat(refundedCheckouts).as("refused: still to refund").isEmpty();
        assertThat(paid.refunded()).isEqualByComparingTo("0");

        refundAnswers.add(new PaymentGateway.Charged("re_1"));
        reconciler.refund(1, paid.id());
        assertThat(gatewayRefunds).as("asked again, as a new refund").hasSize(2).doesNotHaveDuplicates();
        assertThat(refunds).extracting(Refund::state).containsExactly(PaymentState.FAILED, PaymentState.SUCCEEDED);
        assertThat(paid.refunded()).isEqualByComparingTo("80.00");
        assertThat(refundedCheckouts).containsExactly("1/" + paid.id());

        reconciler.refund(1, paid.id());
        assertThat(gatewayRefunds).as("refunded once: nothing more asked").hasSize(2);
    }

    @Test
    void aCheckoutWhoseRefundWasNotAnsweredIsMarkedRefundedOnlyOnceTheRefundIsMade() {
        BillingItem paid = store(payment("80.00", new PaymentGateway.Charged("ch_1")));
        CheckoutReconciler reconciler = reconciler(List.of());

        refundAnswers.add(new PaymentGateway.Unknown("timed out"));
        reconciler.refund(1, paid.id());
        assertThat(refundedCheckouts).as("not answered: still refunding").isEmpty();
        reconciler.refund(1, paid.id());
        assertThat(gatewayRefunds).as("while unanswered, not asked again by the checkout").hasSize(1);
        assertThat(refundedCheckouts).isEmpty();

        // the payment reconciler learns that the gateway refused it: the checkout asks again, under a new key
        ledger.settleRefund(OWNER, 1, refunds.get(0).id(), new PaymentGateway.Declined("expired", "Too late"));
        refundAnswers.add(new PaymentGateway.Unknown("timed out"));
        reconciler.refund(1, paid.id());
        assertThat(gatewayRefunds).hasSize(2).doesNotHaveDuplicates();
        assertThat(refundedCheckouts).isEmpty();

        // ... and once that one is made, the checkout is refunded, with nothing more asked
        ledger.settleRefund(OWNER, 1, refunds.get(1).id(), new PaymentGateway.Charged("re_2"));
        reconciler.refund(1, paid.id());
        assertThat(refundedCheckouts).containsExactly("1/" + paid.id());
        assertThat(gatewayRefunds).hasSize(2);
        assertThat(paid.refunded()).isEqualByComparingTo("80.00");
    }

    @Test
    void oneCheckoutThatCannotBeRefundedDoesNotStopTheOthers() {
        BillingItem deleted = store(payment("80.00", new PaymentGateway.Charged("ch_1")));
        deleted.delete(NOW); // deleted before this fix refused it: the ledger answers not found
        BillingItem paid = store(payment("80.00", new PaymentGateway.Charged("ch_2")));
        CheckoutReconciler reconciler = reconciler(List.of(new CheckoutLedger.Due(1, deleted.id()),
                new CheckoutLedger.Due(1, paid.id())));
        refundAnswers.add(new PaymentGateway.Charged("re_1"));
        assertThat(reconciler.settleDue(10)).isEqualTo(2);
        assertThat(refundedCheckouts).containsExactly("1/" + paid.id());
        assertThatThrownBy(() -> ledger.change(OWNER, deleted.id(), refund("80.00", "k")))
                .isInstanceOf(NotFoundException.class);
    }

    // --- helpers

    private CheckoutReconciler reconciler(List<CheckoutLedger.Due> due) {
        CheckoutReconciler reconciler = new CheckoutReconciler();
        reconciler.ledger = ledger;
        reconciler.checkouts = new CheckoutLedger() {
            @Override
            public List<Due> leaseUnsettled(int limit) {
                return due;
            }

            @Override
            public void refunded(long organizationId, long itemId) {
                refundedCheckouts.add(organizationId + "/" + itemId);
            }
        };
        reconciler.gateway = new PaymentGateway() {
            @Override
            public SavedCard saveCard(long organizationId, String customerId, long patientId, String token) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChargeOutcome charge(long organizationId, Charge charge) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChargeOutcome refund(long organizationId, String chargeId, long amountMinor, String key) {
                gatewayRefunds.add(key);
                return refundAnswers.remove(0);
            }
        };
        return reconciler;
    }

    private static PaymentInputs.Changes resend(String key) {
        return new PaymentInputs.Changes(null, null, null, null, null, null, null, true, false, key, null, false,
                null);
    }

    private static PaymentInputs.Changes refund(String amount, String key) {
        return new PaymentInputs.Changes(null, null, null, null, null, null, new Money(new BigDecimal(amount), USD),
                false, false, key, null, false, null);
    }

    /** A charge on card 4 under key-1, settled with {@code outcome} (null: still pending). */
    private static BillingItem payment(String amount, PaymentGateway.ChargeOutcome outcome) {
        BillingItem item = new BillingItem(1, 7, null, 4L, new BigDecimal(amount), USD, null, null, "key-1", "f",
                "key-1", null, NOW, Duration.ofMinutes(2));
        if (outcome != null) {
            item.settle(outcome, NOW);
        }
        return item;
    }

    private BillingItem store(BillingItem item) {
        setId(item, stored.size() + 11L);
        stored.put(item.id(), item);
        return item;
    }

    private CheckoutPayment checkoutOf(BillingItem item) {
        CheckoutPayment checkout = new CheckoutPayment(1, item.id(), "slot", NOW, Duration.ofMinutes(2));
        checkoutsOfItems.put(item.id(), checkout);
        return checkout;
    }

    private static List<FieldMessage> messages(Throwable e) {
        return ((InvalidInputException) e).problems();
    }

    private static String clientKey(Refund refund) {
        try {
            Field field = Refund.class.getDeclaredField("clientKey");
            field.setAccessible(true);
            return (String) field.get(refund);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Items implements BillingItemRepository {
        @Override
        public BillingItem add(BillingItem item) {
            return store(item);
        }

        @Override
        public Optional<BillingItem> find(long organizationId, long id) {
            return Optional.ofNullable(stored.get(id)).filter(i -> i.organizationId() == organizationId);
        }

        @Override
        public Optional<BillingItem> lock(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public Optional<BillingItem> byKey(long organizationId, String idempotencyKey) {
            return Optional.empty();
        }

        @Override
        public void lockKey(long organizationId, String idempotencyKey) {
        }

        @Override
        public List<BillingItem> search(long organizationId, PaymentSearch search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BillingItem> claimUnsettled(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Refund addRefund(Refund refund) {
            boolean taken = refunds.stream().anyMatch(r -> r.billingItemId() == refund.billingItemId()
                    && clientKey(refund) != null && clientKey(refund).equals(clientKey(r)));
            if (taken) {
                throw new IllegalStateException("billing_item_refunds_client_key: unique (item, client key)");
            }
            setId(refund, refunds.size() + 101L);
            refunds.add(refund);
            return refund;
        }

        @Override
        public Optional<Refund> refund(long id) {
            return refunds.stream().filter(r -> r.id() == id).findFirst();
        }

        @Override
        public Optional<Refund> lockRefund(long id) {
            return refund(id);
        }

        @Override
        public Optional<Refund> refundAskedUnder(long billingItemId, String clientKey) {
            return refunds.stream().filter(r -> r.billingItemId() == billingItemId
                    && clientKey.equals(clientKey(r))).findFirst();
        }

        @Override
        public List<Refund> claimPendingRefunds(Instant before, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Cards implements CardRepository {
        @Override
        public StripeCustomerDetail add(StripeCustomerDetail card) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StripeCustomerDetail> find(long organizationId, long id) {
            return Optional.of(new StripeCustomerDetail(1, 7, new PaymentGateway.SavedCard("cus_1", "pm_1", "visa",
                    "4242", 12, 2040), CardLabel.PERSONAL, true, NOW));
        }

        @Override
        public List<StripeCustomerDetail> ofPatients(long organizationId, Collection<Long> patientIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> customerOf(long organizationId, long patientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lockPatient(long organizationId, long patientId) {
        }
    }

    private final class Checkouts implements CheckoutPaymentRepository {
        @Override
        public CheckoutPayment add(CheckoutPayment checkout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CheckoutPayment> ofItem(long organizationId, long billingItemId) {
            return Optional.ofNullable(checkoutsOfItems.get(billingItemId));
        }

        @Override
        public Optional<CheckoutPayment> lockOfItem(long organizationId, long billingItemId) {
            return ofItem(organizationId, billingItemId);
        }

        @Override
        public List<CheckoutPayment> claimUnsettled(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
