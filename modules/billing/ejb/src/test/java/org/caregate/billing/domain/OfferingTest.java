package org.caregate.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Offering weekly() {
        Offering offering = Offering.offer(7, 3L, "Coaching", new BigDecimal("100.00"), USD, BillingFrequency.WEEKLY, NOW);
        offering.replaceIncludes(List.of(new OfferingInclude.Session(11, 1, true),
                new OfferingInclude.Session(12, 3, false)), NOW);
        offering.chargeFirst(new BigDecimal("50.00"), NOW);
        return offering;
    }

    @Test
    void aCopyIsIndependentHiddenAndNamedAsACopy() {
        Offering original = weekly();
        original.show(Visibility.GROUP, 5L, NOW);
        Offering copy = original.copy(4L, NOW.plusSeconds(60));

        assertEquals("Copy of Coaching", copy.name());
        assertEquals(Visibility.HIDDEN, copy.visibility());
        assertNull(copy.userGroupId());
        assertEquals(original.price(), copy.price());
        assertEquals(original.firstTimePayment(), copy.firstTimePayment());
        assertEquals(BillingFrequency.WEEKLY, copy.frequency());
        assertEquals(2, copy.includes().size());
        assertNotSame(original.includes().get(0), copy.includes().get(0));
        assertEquals(3, copy.includes().get(1).quantity());

        // changing the copy leaves the original as it was
        copy.replaceIncludes(List.of(), NOW);
        copy.reprice(BigDecimal.ONE, NOW);
        copy.rename("Changed", NOW);
        assertEquals(2, original.includes().size());
        assertEquals(new BigDecimal("100.00"), original.price());
        assertEquals(USD, copy.currency());
        assertEquals("Coaching", original.name());
        assertEquals(Long.valueOf(4), copy.createdBy());
    }

    @Test
    void aVeryLongNameIsCutToFitWhenCopied() {
        assertEquals(255, Offering.copyName("x".repeat(255)).length());
    }

    @Test
    void visibilityDecidesWhichPatientsAreOffered() {
        Offering offering = weekly();
        assertTrue(offering.isOfferedTo(null));
        offering.show(Visibility.GROUP, 5L, NOW);
        assertTrue(offering.isOfferedTo(5L));
        assertFalse(offering.isOfferedTo(6L));
        assertFalse(offering.isOfferedTo(null));
        offering.show(Visibility.HIDDEN, null, NOW);
        assertFalse(offering.isOfferedTo(5L));
        offering.show(Visibility.VISIBLE, null, NOW);
        offering.archive(true, NOW);
        assertFalse(offering.isOfferedTo(null));
        offering.archive(false, NOW);
        offering.delete(NOW);
        assertFalse(offering.isOfferedTo(null));
        assertThrows(IllegalArgumentException.class, () -> weekly().show(Visibility.GROUP, null, NOW));
    }

    @Test
    void theFirstPaymentIsTheFirstTimePaymentElseThePrice() {
        Offering offering = weekly();
        assertEquals("50.00", offering.initialPayment().toPlainString());
        offering.chargeFirst(null, NOW);
        assertEquals("100.00", offering.initialPayment().toPlainString());
    }

    @Test
    void frequenciesAreReadInAnyCaseAndSpelling() {
        assertEquals(BillingFrequency.ONE_TIME, BillingFrequency.parse("One-Time").orElseThrow());
        assertEquals(BillingFrequency.ONE_TIME, BillingFrequency.parse("one_time").orElseThrow());
        assertEquals(BillingFrequency.WEEKLY, BillingFrequency.parse("weekly").orElseThrow());
        assertEquals(BillingFrequency.WEEKLY, BillingFrequency.parse("Weekly").orElseThrow());
        assertEquals(BillingFrequency.EVERY_TWO_WEEKS, BillingFrequency.parse("Every 2 weeks").orElseThrow());
        assertEquals(BillingFrequency.MONTHLY, BillingFrequency.parse("MONTHLY").orElseThrow());
        assertEquals(BillingFrequency.EVERY_THREE_MONTHS, BillingFrequency.parse("quarterly").orElseThrow());
        assertEquals(BillingFrequency.YEARLY, BillingFrequency.parse("Yearly").orElseThrow());
        for (String bad : new String[] {null, "", "daily", "fortnightly-ish", "x".repeat(40)}) {
            assertTrue(BillingFrequency.parse(bad).isEmpty(), String.valueOf(bad));
        }
        for (BillingFrequency frequency : BillingFrequency.values()) {
            assertEquals(frequency, BillingFrequency.parse(frequency.label()).orElseThrow());
            assertEquals(frequency, BillingFrequency.ofLabel(frequency.label()));
            assertEquals(frequency != BillingFrequency.ONE_TIME, frequency.isRecurring());
        }
        assertEquals("a week", BillingFrequency.WEEKLY.times());
    }
}
