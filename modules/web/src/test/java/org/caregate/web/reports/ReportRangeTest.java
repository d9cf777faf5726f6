package org.caregate.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

    @Test
    void coversBothDaysWhole() {
        ReportRange range = ReportRange.read("2020-02-10", "2020-02-11");
        assertThat(range.from()).isEqualTo(Instant.parse("2020-02-10T00:00:00Z"));
        assertThat(range.until()).isEqualTo(Instant.parse("2020-02-12T00:00:00Z"));
    }

    @Test
    void oneDayAndALeapYearAreAllowed() {
        assertThat(ReportRange.read("2020-02-10", "2020-02-10").until()).isEqualTo(Instant.parse("2020-02-11T00:00:00Z"));
        assertThat(ReportRange.read("2020-01-01", "2020-12-31").until()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
    }

    @Test
    void refusesMissingUnreadableReversedAndTooLongRanges() {
        assertThatThrownBy(() -> ReportRange.read(null, "2020-02-11")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> ReportRange.read("2020-02-10", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> ReportRange.read("1581292800", "2020-02-11")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportRange.read("2020-02-30", "2020-03-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportRange.read("2020-02-10".repeat(10), "2020-02-11"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportRange.read("2020-02-11", "2020-02-10")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> ReportRange.read("2020-01-01", "2021-01-01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("366");
        assertThatThrownBy(() -> ReportRange.read("-999999999-01-01", "2020-01-01"))
                .isInstanceOf(InvalidInputException.class);
    }
}
