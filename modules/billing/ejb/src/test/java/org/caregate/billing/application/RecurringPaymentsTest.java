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
import java.util.List;
import java.util.Optional;
import org.caregate.billing.api.BillingItemChanges;
import org.caregate.billing.domain.BillingFrequency;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.PaymentState;
import org.caregate.billing.domain.RecurringPayment;
import org.caregate.billing.domain.RecurringPaymentRepository;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** When a purchase starts a recurring payment, what updateBillingItem may do to one, and what a due period opens. */
class RecurringPaymentsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2027-01-31T10:00:00Z");

    private final List<RecurringPayment> stored = new ArrayList<>();
    private final List<Offering> packages = new ArrayList<>();
    private final RecurringPayments recurring = new RecurringPayments();

    RecurringPaymentsTest() {
        recurring.schedules = new Schedules();
        recurring.offerings = new Packages();
    }

    @Test
    void aPackageWithAFrequencyAndAPriceStartsARecurringPaymentOthersAreBilledOnce() {
        BillingItem weekly = purchase(offering(1, BillingFrequency.WEEKLY, "40.00"));
        assertThat(weekly.recurringPaymentId()).isEqualTo(stored.get(0).id());
        assertThat(weekly.recurringPeriod()).as("the purchase is period 1").isEqualTo(1);
        assertThat(stored.get(0).amount()).as("later periods: the price").isEqualByComparingTo("40.00");
        assertThat(purchase(offering(2, BillingFrequency.ONE_TIME, "40.00")).recurringPaymentId()).isNull();
        assertThat(purchase(offering(3, BillingFrequency.MONTHLY, "0.00")).recurringPaymentId())
                .as("nothing to charge again").isNull();
        assertThat(stored).hasSize(1);
    }

    @Test
    void aPaymentNotPartOfARecurringPaymentIsRefusedOnTheFieldSent() {
        BillingItem once = purchase(offering(2, BillingFrequency.ONE_TIME, "40.00"));
        assertThatThrownBy(() -> recurring.change(once, changes(null, true, null), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("This payment is not part of a recurring payment"));
        assertThat(field(() -> recurring.change(once, changes(null, null, "2027-02-03"), NOW)))
                .isEqualTo("new_payment_date");
        assertThat(field(() -> recurring.change(once, changes(false, null, null), NOW))).isEqualTo("is_paused");
    }

    @Test
    void pauseResumeMoveAndCancelChangeTheRecurringPaymentAndACancelledOneStaysSo() {
        BillingItem item = purchase(offering(1, BillingFrequency.WEEKLY, "40.00"));
        RecurringPayment schedule = stored.get(0);
        assertThat(recurring.change(item, changes(true, null, null), NOW)).containsExactly("recurring_payment");
        assertThat(recurring.change(item, changes(true, null, null), NOW)).as("paused already").isEmpty();
        assertThat(recurring.change(item, changes(false, null, "2027-02-03"), NOW)).hasSize(1);
        assertThat(schedule.state()).isEqualTo(RecurringPayment.State.ACTIVE);
        assertThat(schedule.nextPaymentAt()).isEqualTo("2027-02-03T00:00:00Z");
        assertThat(field(() -> recurring.change(item, changes(null, null, "2027-01-30"), NOW)))
                .as("not in the past").isEqualTo("new_payment_date");
        assertThat(field(() -> recurring.change(item, changes(null, null, "2028-02-01"), NOW)))
                .as("at most a year ahead").isEqualTo("new_payment_date");
        assertThat(recurring.change(item, changes(null, true, null), NOW)).hasSize(1);
        assertThat(schedule.state()).isEqualTo(RecurringPayment.State.CANCELED);
        assertThat(recurring.change(item, changes(null, true, null), NOW)).as("cancelled already").isEmpty();
        assertThat(field(() -> recurring.change(item, changes(false, null, null), NOW))).isEqualTo("is_paused");
    }

    @Test
    void aDuePeriodOpensAPendingPaymentOfThePriceUnderThePeriodsKey() {
        purchase(offering(1, BillingFrequency.WEEKLY, "40.00"));
        RecurringPayment schedule = stored.get(0);
        Instant due = NOW.plus(Duration.ofDays(7));
        List<RecurringPayments.Period> opened = recurring.openDue(due, 10, Duration.ofMinutes(2));
        assertThat(opened).hasSize(1);
        BillingItem item = opened.get(0).item();
        assertThat(item.state()).isEqualTo(PaymentState.PENDING);
        assertThat(item.amount()).isEqualByComparingTo("40.00");
        assertThat(item.recurringPeriod()).isEqualTo(2);
        assertThat(item.chargeKey()).isEqualTo(RecurringPayment.periodKey(schedule.id(), 2));
        assertThat(item.offeringId()).isEqualTo(1L);
        assertThat(item.cardId()).isEqualTo(21L);
        assertThat(recurring.openDue(due, 10, Duration.ofMinutes(2))).as("advanced: not due again").isEmpty();
    }

    private static String field(Runnable refused) {
        try {
            refused.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).field();
        }
        throw new AssertionError("not refused");
    }

    private static PaymentInputs.Changes changes(Boolean paused, Boolean canceled, String date) {
        return PaymentInputs.update(new BillingItemChanges("9", null, null, null, null, null, null, null, null, null,
                null, paused, canceled, date), USD);
    }

    private Offering offering(long id, BillingFrequency frequency, String price) {
        Offering offering = Offering.offer(1, 5L, "Plan " + id, new BigDecimal(price), USD, frequency, NOW);
        setId(offering, id);
        packages.add(offering);
        return offering;
    }

    private BillingItem purchase(Offering offering) {
        BillingItem item = new BillingItem(1, 61, 5L, 21L, new BigDecimal("99.00"), USD, null, null, null, "f",
                "key", null, NOW, Duration.ofMinutes(2));
        item.buys(offering.id());
        recurring.startIfRecurring(item, offering.id(), 21, NOW);
        return item;
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

    private final class Schedules implements RecurringPaymentRepository {
        @Override
        public RecurringPayment add(RecurringPayment payment) {
            setId(payment, 100L + stored.size());
            stored.add(payment);
            return payment;
        }

        @Override
        public Optional<RecurringPayment> lock(long organizationId, long id) {
            return stored.stream().filter(p -> p.id() == id && p.organizationId() == organizationId).findFirst();
        }

        @Override
        public List<RecurringPayment> find(long organizationId, Collection<Long> ids) {
            return stored.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public List<RecurringPayment> claimDue(Instant now, int limit) {
            return stored.stream().filter(p -> p.isDue(now)).limit(limit).toList();
        }
    }

    private final class Packages implements OfferingRepository {
        @Override
        public void add(Offering offering) {
            packages.add(offering);
        }

        @Override
        public void store(Offering offering) {
        }

        @Override
        public Optional<Offering> find(long organizationId, long id) {
            return packages.stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public Optional<Offering> findIncludingDeleted(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public List<Offering> list(long organizationId, boolean archived, Collection<Long> ids) {
            return packages;
        }
    }
}
