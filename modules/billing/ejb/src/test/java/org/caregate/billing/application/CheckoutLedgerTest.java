package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.billing.domain.BillingFrequency;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.CheckoutPaymentRepository;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingInclude;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.PaymentGateway;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.api.PreparedCheckout;
import org.junit.jupiter.api.Test;

/**
 * What the reconciler decides of a checkout left unsettled: a payment still pending waits, a declined one ends the
 * checkout, a charge with no booking — and a refund left unfinished — is refunded; booked ones are never claimed.
 */
class CheckoutLedgerTest {

    private static final Instant NOW = Instant.parse("2031-03-03T14:00:00Z");

    private static BillingItem payment(PaymentGateway.ChargeOutcome outcome) {
        BillingItem item = new BillingItem(1, 7, 3L, 4L, new BigDecimal("80.00"), Currency.getInstance("USD"), null,
                null, "key", "f", "key", null, NOW.minusSeconds(600), Duration.ofMinutes(2));
        if (outcome != null) {
            item.settle(outcome, NOW.minusSeconds(590));
        }
        return item;
    }

    private static CheckoutPayment charging(long itemId) {
        return new CheckoutPayment(1, itemId, "slot", NOW.minusSeconds(600), Duration.ofMinutes(2));
    }

    @Test
    void aChargeThatBookedNothingIsRefundedAPendingOneWaitsADeclinedOneEnds() {
        CheckoutPayment charged = charging(11);
        CheckoutPayment pending = charging(12);
        CheckoutPayment declined = charging(13);
        CheckoutPayment refunding = charging(14);
        refunding.refunding("date", "taken", NOW.minusSeconds(300), Duration.ofMinutes(2));
        Map<Long, BillingItem> payments = Map.of(11L, payment(new PaymentGateway.Charged("pi_1")), 12L, payment(null),
                13L, payment(new PaymentGateway.Declined("card_declined", "no")),
                14L, payment(new PaymentGateway.Charged("pi_2")));

        CheckoutLedger ledger = new CheckoutLedger();
        ledger.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ledger.settleGrace = "PT2M";
        ledger.checkouts = claiming(List.of(charged, pending, declined, refunding));
        ledger.items = (BillingItemRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BillingItemRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.of(payments.get((Long) args[1]));
                });

        List<CheckoutLedger.Due> due = ledger.leaseUnsettled(10);

        assertThat(due).containsExactly(new CheckoutLedger.Due(1, 11), new CheckoutLedger.Due(1, 14));
        assertThat(charged.state()).isEqualTo(CheckoutPayment.State.REFUNDING);
        assertThat(charged.refusalField()).isEqualTo("payment");
        assertThat(charged.refusalMessage()).isEqualTo(CheckoutPayment.UNCONFIRMED);
        assertThat(refunding.state()).as("refunded again under its derived key").isEqualTo(
                CheckoutPayment.State.REFUNDING);
        assertThat(pending.state()).as("left to the payment reconciler").isEqualTo(CheckoutPayment.State.CHARGING);
        assertThat(declined.state()).isEqualTo(CheckoutPayment.State.DECLINED);
    }

    @Test
    void aPackageWhoseFirstPaymentIsZeroIsRefusedBeforeAnyCharge() {
        Offering free = Offering.offer(1, 3L, "Intro", new BigDecimal("100.00"), Currency.getInstance("USD"),
                BillingFrequency.MONTHLY, NOW);
        free.replaceIncludes(List.of(new OfferingInclude.Session(5, 2, false)), NOW);
        free.chargeFirst(BigDecimal.ZERO, NOW);
        CheckoutLedger ledger = new CheckoutLedger();
        ledger.people = (PeopleDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PeopleDirectory.class}, (proxy, method, args) -> Optional.empty());
        ledger.offerings = (OfferingRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OfferingRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.of(free);
                });
        PreparedCheckout prepared = new PreparedCheckout(1, 7, 3, 5, NOW.plus(Duration.ofDays(7)), "video");

        assertThatThrownBy(() -> ledger.requireOffering(prepared, 9)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(new FieldMessage(
                        "offering_id", "This package's first payment is 0: there is nothing to pay at checkout")));
        free.chargeFirst(null, NOW);
        ledger.requireOffering(prepared, 9); // its price is charged first
    }

    private static CheckoutPaymentRepository claiming(List<CheckoutPayment> unsettled) {
        return new CheckoutPaymentRepository() {
            @Override
            public CheckoutPayment add(CheckoutPayment checkout) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CheckoutPayment> ofItem(long organizationId, long billingItemId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CheckoutPayment> lockOfItem(long organizationId, long billingItemId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<CheckoutPayment> claimUnsettled(Instant now, int limit) {
                return unsettled;
            }
        };
    }
}
