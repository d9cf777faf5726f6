package org.caregate.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caregate.visits.domain.VisitWindow.Entry;
import org.junit.jupiter.api.Test;

class VisitWindowTest {

    private static final Instant START = Instant.parse("2026-12-07T14:00:00Z");
    private static final VisitWindow WINDOW = VisitWindow.around(START, Duration.ofMinutes(5), Duration.ofMinutes(60));

    @Test
    void opensFiveMinutesEarlyAndClosesAnHourAfterTheStart() {
        assertThat(WINDOW.entryFor(VisitRole.PATIENT, false, false, START.minusSeconds(301))).isEqualTo(Entry.TOO_EARLY);
        assertThat(WINDOW.entryFor(VisitRole.PATIENT, false, false, START.minusSeconds(300)))
                .isEqualTo(Entry.WAITING_FOR_PROVIDER);
        assertThat(WINDOW.entryFor(VisitRole.PROVIDER, false, false, START.minusSeconds(300)))
                .isEqualTo(Entry.READY_TO_START);
        assertThat(WINDOW.entryFor(VisitRole.PATIENT, true, false, START.plusSeconds(3599))).isEqualTo(Entry.IN_SESSION);
        assertThat(WINDOW.entryFor(VisitRole.PATIENT, true, false, START.plusSeconds(3600))).isEqualTo(Entry.ENDED);
        assertThat(WINDOW.entryFor(VisitRole.PROVIDER, true, true, START)).isEqualTo(Entry.CANCELLED);
    }

    @Test
    void anUnlimitedSessionNeverEnds() {
        VisitWindow unlimited = VisitWindow.around(START, Duration.ofMinutes(5), null);
        assertThat(unlimited.closesAt()).isNull();
        assertThat(unlimited.entryFor(VisitRole.PATIENT, true, false, START.plus(Duration.ofDays(3))))
                .isEqualTo(Entry.IN_SESSION);
    }

    @Test
    void countsWholeMinutesOfEveryStayUpToLeavingOrTheClose() {
        Attendance first = Attendance.join("t", START);
        first.leave(START.plusSeconds(10 * 60 + 59));
        Attendance second = Attendance.join("t", START.plusSeconds(50 * 60));
        assertThat(WINDOW.minutesAttended(List.of(first, second), START.plusSeconds(55 * 60))).isEqualTo(15);
        assertThat(WINDOW.minutesAttended(List.of(first, second), START.plusSeconds(3 * 3600))).isEqualTo(20);
        second.leave(START.plusSeconds(40 * 60));
        assertThat(second.leftAt()).isEqualTo(second.joinedAt());
    }

    @Test
    void theSameLinkOpenInTwoTabsCountsItsTimeOnce() {
        // issue 11 finding 12: a /join per tab added overlapping stays, and the attended minutes multiplied
        Attendance tab = Attendance.join("t", START);
        Attendance otherTab = Attendance.join("t", START.plusSeconds(5 * 60));
        tab.leave(START.plusSeconds(20 * 60));
        otherTab.leave(START.plusSeconds(30 * 60));
        Attendance later = Attendance.join("t", START.plusSeconds(40 * 60));
        later.leave(START.plusSeconds(45 * 60));
        assertThat(WINDOW.minutesAttended(List.of(otherTab, tab, later), START.plusSeconds(3 * 3600))).isEqualTo(35);
    }
}
