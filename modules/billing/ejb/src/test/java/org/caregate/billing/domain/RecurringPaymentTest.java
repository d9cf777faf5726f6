package org.caregate.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RecurringPaymentTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant BOUGHT = Instant.parse("2027-01-31T10:00:00Z");

    private static RecurringPayment bought(BillingFrequency frequency, Instant at) {
        return new RecurringPayment(1, 7, 61, 5L, 21, new BigDecimal("40.00"), USD, frequency, at);
    }

    @Test
    void theNextDateIsOneStepOfTheFrequencyAfterThePurchase() {
        assertThat(bought(BillingFrequency.WEEKLY, BOUGHT).nextPaymentAt()).isEqualTo("2027-02-07T10:00:00Z");
        assertThat(bought(BillingFrequency.EVERY_TWO_WEEKS, BOUGHT).nextPaymentAt()).isEqualTo("2027-02-14T10:00:00Z");
        assertThat(bought(BillingFrequency.MONTHLY, BOUGHT).nextPaymentAt()).isEqualTo("2027-02-28T10:00:00Z");
        assertThat(bought(BillingFrequency.EVERY_THREE_MONTHS, BOUGHT).nextPaymentAt())
                .isEqualTo("2027-04-30T10:00:00Z");
        assertThat(bought(BillingFrequency.EVERY_SIX_MONTHS, BOUGHT).nextPaymentAt()).isEqualTo("2027-07-31T10:00:00Z");
        assertThat(bought(BillingFrequency.YEARLY, Instant.parse("2028-02-29T10:00:00Z")).nextPaymentAt())
                .as("a leap day falls on 28 February in common years").isEqualTo("2029-02-28T10:00:00Z");
        assertThat(bought(BillingFrequency.WEEKLY, BOUGHT).lastPeriod()).as("the purchase is period 1").isEqualTo(1);
        assertThatThrownBy(() -> bought(BillingFrequency.ONE_TIME, BOUGHT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsCountFromTheAnchorSoAMonthEndComesBackAfterAShortMonth() {
        RecurringPayment monthly = bought(BillingFrequency.MONTHLY, BOUGHT);
        assertThat(monthly.beginNextPeriod(Instant.parse("2027-02-28T10:00:00Z"))).isEqualTo(2);
        assertThat(monthly.nextPaymentAt()).as("31 March, not 28 March").isEqualTo("2027-03-31T10:00:00Z");
        assertThat(monthly.beginNextPeriod(Instant.parse("2027-03-31T10:00:01Z"))).isEqualTo(3);
        assertThat(monthly.nextPaymentAt()).isEqualTo("2027-04-30T10:00:00Z");
    }

    @Test
    void aPeriodIsOpenedOnlyWhenDueAndAServerAwayOverSeveralDatesOpensOne() {
        RecurringPayment weekly = bought(BillingFrequency.WEEKLY, BOUGHT);
        assertThat(weekly.isDue(Instant.parse("2027-02-07T09:59:59Z"))).isFalse();
        assertThatThrownBy(() -> weekly.beginNextPeriod(Instant.parse("2027-02-07T09:59:59Z")))
                .isInstanceOf(IllegalStateException.class);
        Instant threeWeeksLate = Instant.parse("2027-02-28T12:00:00Z");
        assertThat(weekly.beginNextPeriod(threeWeeksLate)).isEqualTo(2);
        assertThat(weekly.nextPaymentAt()).as("the next date still to come").isEqualTo("2027-03-07T10:00:00Z");
        assertThat(weekly.isDue(threeWeeksLate)).isFalse();
    }

    @Test
    void pausedIsNotDueAndResumingSkipsTheDatesPausedOver() {
        RecurringPayment weekly = bought(BillingFrequency.WEEKLY, BOUGHT);
        assertThat(weekly.pause(BOUGHT)).isTrue();
        assertThat(weekly.pause(BOUGHT)).as("paused already").isFalse();
        Instant monthLater = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(weekly.isDue(monthLater)).isFalse();
        assertThat(weekly.resume(monthLater)).isTrue();
        assertThat(weekly.nextPaymentAt()).as("the missed weeks are not charged").isEqualTo("2027-03-07T10:00:00Z");
        assertThat(weekly.lastPeriod()).isEqualTo(1);
        assertThat(weekly.resume(monthLater)).as("active already").isFalse();
    }

    @Test
    void cancelledIsForGood() {
        RecurringPayment weekly = bought(BillingFrequency.WEEKLY, BOUGHT);
        assertThat(weekly.cancel(BOUGHT)).isTrue();
        assertThat(weekly.cancel(BOUGHT)).isFalse();
        assertThat(weekly.isDue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> weekly.resume(BOUGHT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> weekly.pause(BOUGHT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> weekly.moveNextPayment(BOUGHT.plusSeconds(60), BOUGHT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMovedPaymentDateIsTheNextChargeAndTheOnesAfterCountFromIt() {
        RecurringPayment monthly = bought(BillingFrequency.MONTHLY, BOUGHT);
        Instant now = BOUGHT.plus(Duration.ofDays(3));
        monthly.moveNextPayment(Instant.parse("2027-03-15T00:00:00Z"), now);
        assertThat(monthly.nextPaymentAt()).isEqualTo("2027-03-15T00:00:00Z");
        assertThat(monthly.isDue(Instant.parse("2027-03-14T23:59:59Z"))).isFalse();
        assertThat(monthly.beginNextPeriod(Instant.parse("2027-03-15T00:00:05Z"))).isEqualTo(2);
        assertThat(monthly.nextPaymentAt()).isEqualTo("2027-04-15T00:00:00Z");
        assertThatThrownBy(() -> monthly.moveNextPayment(now, now)).as("not in the past or now")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> monthly.moveNextPayment(RecurringPayment.latestNextPayment(now).plusSeconds(1), now))
                .as("at most a year ahead").isInstanceOf(IllegalArgumentException.class);
        monthly.moveNextPayment(RecurringPayment.latestNextPayment(now), now);
        assertThat(monthly.nextPaymentAt()).isEqualTo("2028-02-03T10:00:00Z");
    }

    @Test
    void aPausedPaymentMovedToAFutureDateKeepsItWhenResumed() {
        RecurringPayment weekly = bought(BillingFrequency.WEEKLY, BOUGHT);
        weekly.pause(BOUGHT);
        weekly.moveNextPayment(Instant.parse("2027-06-01T08:00:00Z"), BOUGHT);
        weekly.resume(BOUGHT.plus(Duration.ofDays(1)));
        assertThat(weekly.nextPaymentAt()).isEqualTo("2027-06-01T08:00:00Z");
    }

    @Test
    void eachPeriodHasItsOwnKeyDerivedFromTheRecurringPaymentAndThePeriod() {
        assertThat(RecurringPayment.periodKey(12, 3)).isEqualTo("caregate-recurring-12-period-3");
        assertThat(RecurringPayment.periodKey(12, 3)).isEqualTo(RecurringPayment.periodKey(12, 3))
                .isNotEqualTo(RecurringPayment.periodKey(12, 4)).isNotEqualTo(RecurringPayment.periodKey(123, 3));
        assertThat(RecurringPayment.periodKey(Long.MAX_VALUE, Integer.MAX_VALUE).length())
                .as("within Stripe's 255 characters").isLessThan(255);
    }
}
