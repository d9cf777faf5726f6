package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.scheduling.application.InMemoryScheduling.NOW;
import static org.caregate.scheduling.application.InMemoryScheduling.anonymous;
import static org.caregate.scheduling.application.InMemoryScheduling.caller;

import java.util.List;
import org.caregate.identity.api.Person;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.api.AvailabilityChanges;
import org.caregate.scheduling.api.AvailabilityQuery;
import org.caregate.scheduling.api.AvailabilityView;
import org.caregate.scheduling.api.SlotQuery;
import org.caregate.scheduling.api.SlotView;
import org.caregate.scheduling.domain.AppointmentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilityFacadeBeanTest {

    private InMemoryScheduling scheduling;
    private Person berlin;
    private Person newYork;
    private AppointmentType session;

    @BeforeEach
    void practice() {
        scheduling = new InMemoryScheduling();
        berlin = scheduling.provider("Europe/Berlin");
        newYork = scheduling.provider("America/New_York");
        session = AppointmentType.offer(InMemoryScheduling.ORGANIZATION, "Session", 60, NOW);
        scheduling.types.add(session);
    }

    private AvailabilityView open(Person provider, String date, String from, String to) {
        return scheduling.availability.createAvailability(caller(provider), new AvailabilityChanges(null, null, false,
                date, from, to, null, null));
    }

    @Test
    void readsTheSeedsDateAndTimeFormatsInTheProvidersZone() {
        AvailabilityView created = open(berlin, "August 16, 2027", "07 30", "12 30");
        assertThat(created.rangeStart()).isEqualTo("2027-08-16 07:30:00 +0200");
        assertThat(created.dayOfWeek()).isEqualTo(1);
        assertThat(created.durationString()).isEqualTo("5h");
        assertThat(created.timezoneAbbr()).isEqualTo("CEST");
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> scheduling.availability.createAvailability(caller(berlin), new AvailabilityChanges(null,
                9, true, "16.08.2027", "7h30", null, null, "Atlantis/Capital")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("range_start", "time", "end_time", "day_of_week", "timezone"));
        assertThatThrownBy(() -> scheduling.availability.availabilities(caller(berlin), new AvailabilityQuery(null, null,
                null, null, null, null, null, null, null, null))).hasMessageContaining("one_time or is_repeating");
        assertThat(scheduling.availabilities.byId).isEmpty();
    }

    @Test
    void searchesTheOrganizationsProvidersTogetherInTheAskedZone() {
        open(berlin, "December 7, 2026", "15 00", "16 00");
        open(newYork, "December 7, 2026", "09 00", "10 00");
        List<SlotView> slots = scheduling.availability.availableSlotsForRange(anonymous(), new SlotQuery(
                Long.toString(berlin.id()), true, null, session.id().toString(), "America/New_York", null,
                "2026-12-07", "2026-12-07", null, null, null, null));
        assertThat(slots).extracting(SlotView::date).containsExactly("2026-12-07 09:00:00 EST -05:00",
                "2026-12-07 09:00:00 EST -05:00");
        assertThat(slots).extracting(SlotView::userId).containsExactly(berlin.id(), newYork.id());
        List<String> days = scheduling.availability.daysAvailableForRange(anonymous(), new SlotQuery(
                Long.toString(newYork.id()), false, null, session.id().toString(), null, "2026-12-25", null, null,
                null, null, null, null));
        assertThat(days).containsExactly("2026-12-07");
    }

    @Test
    void boundariesNarrowTheRangeAndDaysBeforeTodayAreNeverOffered() {
        open(newYork, "November 30, 2026", "09 00", "10 00");
        open(newYork, "December 2, 2026", "09 00", "10 00");
        open(newYork, "December 3, 2026", "09 00", "10 00");
        SlotQuery query = new SlotQuery(Long.toString(newYork.id()), false, null, session.id().toString(),
                "America/New_York", null, "2026-11-29", "2026-12-31", "2026-12-03", null, null, null);
        assertThat(scheduling.availability.availableSlotsForRange(anonymous(), query)).extracting(SlotView::date)
                .containsExactly("2026-12-03 09:00:00 EST -05:00");
        assertThat(scheduling.availability.daysAvailableForRange(anonymous(), new SlotQuery(Long.toString(newYork.id()),
                false, null, session.id().toString(), "America/New_York", "2026-11-10", null, null, null, null, null, null)))
                .isEmpty();
    }
}
