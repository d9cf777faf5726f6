package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.scheduling.application.InMemoryScheduling.NOW;
import static org.caregate.scheduling.application.InMemoryScheduling.anonymous;
import static org.caregate.scheduling.application.InMemoryScheduling.caller;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caregate.identity.api.Person;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AvailabilityChanges;
import org.caregate.scheduling.api.AvailabilityQuery;
import org.caregate.scheduling.api.AvailabilityView;
import org.caregate.scheduling.api.SlotQuery;
import org.caregate.scheduling.api.SlotView;
import org.caregate.scheduling.domain.AppointmentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilityFacadeBeanTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate DECEMBER_7 = LocalDate.of(2026, 12, 7);

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

    private AvailabilityView open(Person provider, LocalDate date, String from, String to) {
        return scheduling.availability.createAvailability(caller(provider), new AvailabilityChanges(null, null, false,
                date, LocalTime.parse(from), LocalTime.parse(to), null, null, sent("range_start", "time", "end_time")));
    }

    private static Reading sent(String... fields) {
        return new Reading(Set.of(fields), List.of());
    }

    /** A search of one provider's calendar for the session type, as the GraphQL adapter reads it. */
    private SlotQuery slots(Person provider, boolean orgLevel, ZoneId zone, LocalDate month, LocalDate start,
                            LocalDate end, LocalDate startBoundary) {
        return new SlotQuery(new UserId(provider.id()), orgLevel, List.of(), new AppointmentTypeId(session.id()), zone,
                month, start, end, startBoundary, null, null, null, sent("provider_id", "appt_type_id"));
    }

    @Test
    void readsTheSeedsDateAndTimeFormatsInTheProvidersZone() {
        AvailabilityView created = open(berlin, LocalDate.of(2027, 8, 16), "07:30", "12:30");
        assertThat(created.rangeStart()).isEqualTo("2027-08-16 07:30:00 +0200");
        assertThat(created.dayOfWeek()).isEqualTo(1);
        assertThat(created.durationString()).isEqualTo("5h");
        assertThat(created.timezoneAbbr()).isEqualTo("CEST");
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        Reading unread = new Reading(Set.of("range_start", "time", "timezone", "user_id"), List.of(
                new FieldMessage("user_id", "is not a valid id"),
                new FieldMessage("range_start", "must be a date such as \"August 16, 2022\" or \"2022-08-16\""),
                new FieldMessage("time", "must be a time as \"HH MM\" in 24-hour form, e.g. \"07 30\""),
                new FieldMessage("end_time", "can't be blank"),
                new FieldMessage("timezone", "is not a known time zone (use an IANA name such as America/New_York)")));
        assertThatThrownBy(() -> scheduling.availability.createAvailability(caller(berlin), new AvailabilityChanges(null,
                9, true, null, null, null, null, null, unread)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("user_id", "range_start", "time", "end_time", "day_of_week", "timezone"));
        assertThatThrownBy(() -> scheduling.availability.availabilities(caller(berlin), new AvailabilityQuery(null, null,
                null, null, null, null, null, null, List.of(), null, sent()))).hasMessageContaining(
                "one_time or is_repeating");
    }

    @Test
    void reportsEachProviderOfAListInItsTurn() {
        Reading unread = new Reading(Set.of("provider_ids"), List.of(new FieldMessage("provider_ids",
                "is not a valid id")));
        List<UserId> providers = new ArrayList<>(List.of(new UserId(999), new UserId(berlin.id())));
        providers.add(null);
        assertThatThrownBy(() -> scheduling.availability.availabilities(caller(berlin), new AvailabilityQuery(null,
                null, true, null, null, null, null, true, providers, null, unread)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("provider_ids", "Provider not found"),
                        new FieldMessage("provider_ids", "is not a valid id")));
        assertThat(scheduling.availabilities.byId).isEmpty();
    }

    @Test
    void searchesTheOrganizationsProvidersTogetherInTheAskedZone() {
        open(berlin, DECEMBER_7, "15:00", "16:00");
        open(newYork, DECEMBER_7, "09:00", "10:00");
        List<SlotView> slots = scheduling.availability.availableSlotsForRange(anonymous(), slots(berlin, true,
                NEW_YORK, null, DECEMBER_7, DECEMBER_7, null));
        assertThat(slots).extracting(SlotView::date).containsExactly("2026-12-07 09:00:00 EST -05:00",
                "2026-12-07 09:00:00 EST -05:00");
        assertThat(slots).extracting(SlotView::userId).containsExactly(berlin.id(), newYork.id());
        List<String> days = scheduling.availability.daysAvailableForRange(anonymous(), slots(newYork, false, null,
                LocalDate.of(2026, 12, 25), null, null, null));
        assertThat(days).containsExactly("2026-12-07");
    }

    @Test
    void boundariesNarrowTheRangeAndDaysBeforeTodayAreNeverOffered() {
        open(newYork, LocalDate.of(2026, 11, 30), "09:00", "10:00");
        open(newYork, LocalDate.of(2026, 12, 2), "09:00", "10:00");
        open(newYork, LocalDate.of(2026, 12, 3), "09:00", "10:00");
        SlotQuery query = slots(newYork, false, NEW_YORK, null, LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 3));
        assertThat(scheduling.availability.availableSlotsForRange(anonymous(), query)).extracting(SlotView::date)
                .containsExactly("2026-12-03 09:00:00 EST -05:00");
        assertThat(scheduling.availability.daysAvailableForRange(anonymous(), slots(newYork, false, NEW_YORK,
                LocalDate.of(2026, 11, 10), null, null, null))).isEmpty();
    }
}
