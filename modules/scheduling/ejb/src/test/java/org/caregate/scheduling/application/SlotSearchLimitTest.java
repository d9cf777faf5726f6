package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SlotSearchLimitTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void oneSecondSlotsOverSixtyTwoDaysAreRefusedWhileADayOfThemIsNot() {
        assertThatThrownBy(() -> SlotSearchLimit.require("before", 1, MONDAY, MONDAY.plus(Duration.ofDays(62)),
                Duration.ofSeconds(1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("before");
        assertThatCode(() -> SlotSearchLimit.require("before", 1, MONDAY, MONDAY.plus(Duration.ofDays(1)),
                Duration.ofSeconds(1))).doesNotThrowAnyException();
    }

    @Test
    void anOrganizationWideSearchCountsEveryCalendar() {
        Instant until = MONDAY.plus(Duration.ofDays(62));
        assertThatCode(() -> SlotSearchLimit.require("end_date", 20, MONDAY, until, Duration.ofMinutes(30)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SlotSearchLimit.require("end_date", 200, MONDAY, until, Duration.ofMinutes(30)))
                .hasMessageContaining("200 calendars");
    }
}
