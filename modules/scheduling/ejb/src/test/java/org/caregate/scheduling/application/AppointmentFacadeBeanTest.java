package org.caregate.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.scheduling.application.InMemoryScheduling.NOW;
import static org.caregate.scheduling.application.InMemoryScheduling.anonymous;
import static org.caregate.scheduling.application.InMemoryScheduling.caller;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.caregate.identity.api.Person;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentQuery;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.BookingWarning;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.StartTime;
import org.caregate.scheduling.api.WarningQuery;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.Availability.OpeningHours;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.WaitingRoom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentFacadeBeanTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 2026-12-07, open 09:00–12:00 New York time. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private InMemoryScheduling scheduling;
    private Person provider;
    private AppointmentType consultation;

    @BeforeEach
    void practice() {
        scheduling = new InMemoryScheduling();
        provider = scheduling.provider(NEW_YORK.getId());
        consultation = AppointmentType.offer(InMemoryScheduling.ORGANIZATION, "Consultation", 60, NOW);
        scheduling.types.add(consultation);
        scheduling.availabilities.add(Availability.open(InMemoryScheduling.ORGANIZATION, provider.id(),
                new OpeningHours(true, 1, MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), NEW_YORK), NOW));
    }

    /** Moves to {@code time} on Monday in New York, as a client sending datetime and timezone would. */
    private static AppointmentChanges moveTo(AppointmentId id, String pmStatus, String time) {
        return new AppointmentChanges(id, pmStatus, NEW_YORK, StartTime.local(MONDAY.atTime(LocalTime.parse(time))),
                null, null, null, null, null, sent("datetime", "timezone"));
    }

    private static Reading sent(String... fields) {
        return new Reading(Set.of(fields), List.of());
    }

    private CheckoutRequest checkout(String time) {
        return new CheckoutRequest(new AppointmentTypeId(consultation.id()), "Healthie Video Call",
                StartTime.local(MONDAY.atTime(LocalTime.parse(time))), NEW_YORK, "New", "Patient", "new@example.org",
                null, new UserId(provider.id()), sent("appointment_type_id", "date", "timezone", "provider_id"));
    }

    @Test
    void aPersonWithoutAnAccountBooksAnOpenSlotUnderTheProvidersLockAndBecomesTheirPatient() {
        AppointmentView booked = scheduling.booking.completeCheckout(anonymous(), checkout("09:30"));

        assertThat(booked.start()).isEqualTo(MONDAY.atTime(9, 30).atZone(NEW_YORK).toInstant());
        assertThat(booked.length()).isEqualTo(60);
        Person patient = scheduling.people.get(booked.patientId());
        assertThat(patient.isPatient()).isTrue();
        assertThat(patient.email()).isEqualTo("new@example.org");
        assertThat(scheduling.appointments.locked).containsExactly(provider.id());
        assertThat(scheduling.audit).containsExactly("appointment.created " + booked.id());
    }

    @Test
    void aPatientListsAndCountsTheirAppointmentsAndOnlyTheirsAnchorACursor() {
        Person patient = scheduling.patient(null);
        AppointmentView mine = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        AppointmentView theirs = scheduling.booking.completeCheckout(anonymous(), checkout("11:00"));
        AppointmentQuery all = new AppointmentQuery(null, "all", null, null, null, null, null, null, null, null,
                sent());

        assertThat(scheduling.booking.appointmentsCount(caller(patient), all)).isEqualTo(1);
        assertThat(scheduling.booking.appointments(caller(patient), all)).extracting(AppointmentView::id)
                .containsExactly(mine.id());
        AppointmentQuery afterTheirs = new AppointmentQuery(null, "all", null, true, null, null, null, null, null,
                new AppointmentId(theirs.id()), sent("after"));
        assertThatThrownBy(() -> scheduling.booking.appointments(caller(patient), afterTheirs))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after");
    }

    @Test
    void aTimeThatIsNotAnOpenSlotIsRefusedAsNoLongerAvailableAndNothingIsBooked() {
        scheduling.booking.completeCheckout(anonymous(), checkout("09:00"));
        for (String time : new String[] {"09:30", "09:10", "11:30", "13:00"}) {
            assertThatThrownBy(() -> scheduling.booking.completeCheckout(anonymous(), checkout(time)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                            .isEqualTo(Schedules.SLOT_TAKEN));
        }
        assertThat(scheduling.appointments.byId).hasSize(1);
    }

    @Test
    void patientsBookOnlyTypesOpenToThemInContactTypesTheTypeOffers() {
        consultation.offerContactTypes(List.of(ContactType.IN_PERSON), NOW);
        assertThatThrownBy(() -> scheduling.booking.completeCheckout(anonymous(), checkout("09:00")))
                .hasMessageContaining("contact_type");
        consultation.offerContactTypes(List.of(ContactType.VIDEO_CHAT), NOW);
        consultation.restrictToGroups(true, "7", false, NOW);
        Person ungrouped = scheduling.patient(null);
        assertThatThrownBy(() -> scheduling.booking.completeCheckout(caller(ungrouped), checkout("09:00")))
                .hasMessageContaining("not available to you");
        Person grouped = scheduling.patient(7L);
        assertThat(scheduling.booking.completeCheckout(caller(grouped), checkout("09:00")).patientId())
                .isEqualTo(grouped.id());
        consultation.letClientsBook(false, NOW);
        assertThatThrownBy(() -> scheduling.booking.completeCheckout(caller(grouped), checkout("11:00")))
                .hasMessageContaining("can't be booked by clients");
    }

    @Test
    void bookingATypeWithAGroupPlacesTheBookerInIt() {
        consultation.placeBookersInGroup(42L, NOW);
        Person patient = scheduling.patient(null);
        AppointmentView booked = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        assertThat(scheduling.audit).contains("placed " + booked.patientId() + " in 42");
        AppointmentView registered = scheduling.booking.completeCheckout(anonymous(), checkout("11:00"));
        assertThat(scheduling.people.get(registered.patientId()).userGroupId()).isEqualTo(42L);
    }

    @Test
    void aPersonWithoutAnAccountBooksForTheKnownPatientOfThatNameAndEmailWithoutMovingThemOrPassingTheirGroup() {
        consultation.placeBookersInGroup(42L, NOW);
        Person known = scheduling.patient(null);
        CheckoutRequest asKnown = new CheckoutRequest(new AppointmentTypeId(consultation.id()), "Healthie Video Call",
                StartTime.local(MONDAY.atTime(9, 0)), NEW_YORK, known.firstName(), known.lastName(), known.email(),
                null, new UserId(provider.id()), sent("appointment_type_id", "date", "timezone", "provider_id"));

        AppointmentView booked = scheduling.booking.completeCheckout(anonymous(), asKnown);
        assertThat(booked.patientId()).isEqualTo(known.id());
        assertThat(scheduling.audit).noneMatch(entry -> entry.startsWith("placed"));

        consultation.restrictToGroups(true, "7", false, NOW);
        assertThatThrownBy(() -> scheduling.booking.completeCheckout(anonymous(), checkout("11:00")))
                .as("a new patient lands in group 42, which the type no longer admits")
                .hasMessageContaining("not available to you");
        assertThat(scheduling.appointments.byId).hasSize(1);
    }

    @Test
    void aPatientMovesOnlyIntoOpenSlotsAndOnlyAsTheSettingsAllowWhileStaffMayOverbook() {
        Person patient = scheduling.patient(null);
        AppointmentView booked = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        AppointmentId id = new AppointmentId(booked.id());
        AppointmentView moved = scheduling.booking.updateAppointment(caller(patient), moveTo(id, null, "10:00"));
        assertThat(moved.start()).isEqualTo(MONDAY.atTime(10, 0).atZone(NEW_YORK).toInstant());

        scheduling.settings.add(AppointmentSetting.ofProvider(InMemoryScheduling.ORGANIZATION, provider.id(),
                new BookingRules(0, 30, 0, 0, 10 * 24 * 60, true, true, false, false, false, null, "Too late to move"),
                NOW));
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(patient), moveTo(id, null, "11:00")))
                .hasMessageContaining("Too late to move");

        Person staff = scheduling.provider("UTC");
        AppointmentView other = scheduling.booking.createAppointment(caller(staff), new NewAppointment(
                new UserId(patient.id()), new AppointmentTypeId(consultation.id()), "Phone Call",
                new UserId(provider.id()), List.of(), List.of(), NEW_YORK,
                StartTime.local(MONDAY.atTime(10, 30)), null, null, sent("user_id", "other_party_id")));
        assertThat(scheduling.appointments.byId.get(other.id()).overbooked()).isTrue();
    }

    @Test
    void theEhrChangesOnlyVideoVisitsAndRefusesOthersBeforeChangingAnything() {
        // issue 11, finding 9: a Solo PUT on an in-person appointment moved it, then answered 400 for want of a link
        Person patient = scheduling.patient(null);
        AppointmentView inPerson = scheduling.booking.createAppointment(caller(provider), new NewAppointment(
                new UserId(patient.id()), new AppointmentTypeId(consultation.id()), "In Person",
                new UserId(provider.id()), List.of(), List.of(), NEW_YORK,
                StartTime.local(MONDAY.atTime(9, 0)), null, null, sent("user_id", "other_party_id")));
        AppointmentId id = new AppointmentId(inPerson.id());
        assertThatThrownBy(() -> scheduling.booking.changeForEhr(caller(provider), id, new EhrAppointment(null, null,
                1800, List.of("moved"), null, null, null, null)))
                .hasMessage("appointment_id: The appointment is not held by video");
        AppointmentView unchanged = scheduling.booking.appointment(caller(provider), id, false);
        assertThat(unchanged.length()).isEqualTo(inPerson.length());
        assertThat(unchanged.reasons()).isEqualTo(inPerson.reasons());
    }

    @Test
    void onceTheVideoSessionStartedTheAppointmentCanNoLongerBeMovedOrCancelled() {
        Person patient = scheduling.patient(null);
        AppointmentView booked = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        scheduling.appointments.byId.get(booked.id()).recordSessionStarted(NOW);
        AppointmentId id = new AppointmentId(booked.id());
        assertThatThrownBy(() -> scheduling.booking.deleteAppointment(caller(provider), id, null))
                .hasMessage("id: The session has started and can no longer be changed");
        assertThatThrownBy(() -> scheduling.booking.deleteAppointment(caller(patient), id, null))
                .hasMessage("id: The session has started and can no longer be changed");
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(provider), moveTo(id, null, "10:00")))
                .hasMessage("datetime: The session has started and can no longer be changed");
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(provider), moveTo(id, "Cancelled", "10:00")))
                .hasMessage("pm_status: The session has started and can no longer be changed");
        assertThatThrownBy(() -> scheduling.booking.changeForEhr(caller(provider), id, new EhrAppointment(null, null,
                null, null, null, null, null, "cancelled")))
                .hasMessage("status: The session has started and can no longer be changed");
        AppointmentView occurred = scheduling.booking.updateAppointment(caller(provider), new AppointmentChanges(id,
                "Occurred", null, null, null, null, null, null, null, sent()));
        assertThat(occurred.pmStatus()).isEqualTo("Occurred");
    }

    @Test
    void anAttendeeNeitherMovesNorCancelsAGroupAppointmentForEverybodyNorRewritesWhatIsTheProviders() {
        Person attendee = scheduling.patient(null);
        Person other = scheduling.patient(null);
        AppointmentView group = scheduling.booking.createAppointment(caller(provider), new NewAppointment(null,
                new AppointmentTypeId(consultation.id()), "Phone Call", null,
                List.of(new UserId(attendee.id()), new UserId(other.id())), List.of(), NEW_YORK,
                StartTime.local(MONDAY.atTime(10, 0)), "Room 1", "Bring your shoes", sent("attendee_ids")));
        AppointmentId id = new AppointmentId(group.id());
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(attendee), moveTo(id, null, "11:00")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(attendee), moveTo(id, "Cancelled", "10:00")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scheduling.booking.deleteAppointment(caller(attendee), id, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(scheduling.booking.appointment(caller(attendee), id, false))
                .extracting(AppointmentView::start, AppointmentView::pmStatus, AppointmentView::location)
                .containsExactly(group.start(), group.pmStatus(), "Room 1");

        AppointmentView mine = scheduling.booking.completeCheckout(caller(attendee), checkout("09:00"));
        AppointmentId own = new AppointmentId(mine.id());
        assertThatThrownBy(() -> scheduling.booking.updateAppointment(caller(attendee), new AppointmentChanges(own, null,
                null, null, null, null, "In Person", "My kitchen", "I wrote this", sent())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldMessage::field).containsExactly("contact_type", "location", "notes"));
        assertThat(scheduling.booking.appointment(caller(attendee), own, false).notes()).isNull();
    }

    @Test
    void staffDeleteWhilePatientsCancelAndStillSeeTheAppointment() {
        Person patient = scheduling.patient(null);
        AppointmentView mine = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        AppointmentView cancelled = scheduling.booking.deleteAppointment(caller(patient), new AppointmentId(mine.id()), null);
        assertThat(cancelled.pmStatus()).isEqualTo("Cancelled");
        assertThat(scheduling.booking.appointment(caller(patient), new AppointmentId(mine.id()), false).pmStatus())
                .isEqualTo("Cancelled");

        AppointmentView another = scheduling.booking.completeCheckout(caller(patient), checkout("09:00"));
        scheduling.booking.deleteAppointment(caller(provider), new AppointmentId(another.id()), null);
        assertThat(scheduling.appointments.byId.get(another.id()).isDeleted()).isTrue();
    }

    @Test
    void anEhrVisitGoesToTheFirstFreeProviderOfTheRoomOrWaitsUnassigned() {
        Person second = scheduling.provider(NEW_YORK.getId());
        scheduling.availabilities.add(Availability.open(InMemoryScheduling.ORGANIZATION, second.id(),
                new OpeningHours(true, 1, MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), NEW_YORK), NOW));
        WaitingRoom room = WaitingRoom.open(InMemoryScheduling.ORGANIZATION, "Urgent care", NOW);
        room.staffWith(List.of(provider.id(), second.id()), NOW);
        scheduling.rooms.add(room);
        Person patient = scheduling.patient(null);
        long nine = MONDAY.atTime(9, 0).atZone(NEW_YORK).toEpochSecond();

        List<Long> assigned = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assigned.add(scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(), new EhrAppointment(
                    "urgent CARE", nine, 1800, List.of("fever"), null, null, null, null)).providerId());
        }
        assertThat(assigned).containsExactly(provider.id(), second.id(), null);
        assertThat(scheduling.videoRooms.opened).as("each visit opens its video room with it").hasSize(3)
                .doesNotHaveDuplicates();

        assertThatThrownBy(() -> scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(),
                new EhrAppointment("Urgent care", nine, 86_401, null, null, null, null, null)))
                .hasMessageContaining("duration");
        scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(), new EhrAppointment("Urgent care", nine,
                null, null, "ext-1", null, null, null));
        assertThatThrownBy(() -> scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(),
                new EhrAppointment("Urgent care", nine, null, null, "ext-1", null, null, null)))
                .hasMessageContaining("externalId");
        assertThat(scheduling.appointments.byId.values().stream().filter(a -> "ext-1".equals(a.externalId()))
                .findFirst().orElseThrow().length()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anEhrVisitNamesOnlyAnEpisodeOfItsOwnPatientWhenBookedChangedOrAssigned() {
        WaitingRoom room = WaitingRoom.open(InMemoryScheduling.ORGANIZATION, "Episodes", NOW);
        room.staffWith(List.of(provider.id()), NOW);
        scheduling.rooms.add(room);
        Person patient = scheduling.patient(null);
        Person other = scheduling.patient(null);
        String mine = "bd43a830-6c0b-4120-b5b8-78a117f8ee02";
        String theirs = "bd43a830-6c0b-4120-b5b8-78a117f8ee03";
        String elsewhere = "bd43a830-6c0b-4120-b5b8-78a117f8ee04";
        scheduling.episodes.add(InMemoryScheduling.ORGANIZATION, mine, patient.id());
        scheduling.episodes.add(InMemoryScheduling.ORGANIZATION, theirs, other.id());
        scheduling.episodes.add(InMemoryScheduling.ORGANIZATION + 1, elsewhere, patient.id());
        long nine = MONDAY.atTime(9, 0).atZone(NEW_YORK).toEpochSecond();

        AppointmentView booked = scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(),
                new EhrAppointment("Episodes", nine, null, null, null, mine.toUpperCase(), null, null));
        assertThat(booked.episodeOfCareId()).isEqualTo(mine);
        AppointmentId id = new AppointmentId(booked.id());
        assertThatThrownBy(() -> scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(),
                new EhrAppointment("Episodes", nine, null, null, null, elsewhere, null, null)))
                .isInstanceOf(NotFoundException.class).hasMessage("Episode not found");
        assertThatThrownBy(() -> scheduling.booking.changeForEhr(caller(provider), id,
                new EhrAppointment(null, null, null, null, null, theirs, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("episodeOfCareId", "is an episode of another patient")));
        assertThatThrownBy(() -> scheduling.booking.assignEpisode(caller(provider), id, "EPISODE-42"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("episodeId", "is not a valid id")));
        assertThat(scheduling.booking.appointment(caller(provider), id, false).episodeOfCareId()).isEqualTo(mine);
        assertThat(scheduling.booking.ofEpisode(caller(provider), EpisodeId.read(mine).orElseThrow()))
                .extracting(AppointmentView::id).containsExactly(booked.id());

        assertThat(scheduling.booking.assignEpisode(caller(provider), id, " ").episodeOfCareId()).isNull();
        assertThat(scheduling.booking.ofEpisode(caller(provider), EpisodeId.read(mine).orElseThrow())).isEmpty();
        assertThat(scheduling.booking.assignEpisode(caller(provider), id, mine).episodeOfCareId()).isEqualTo(mine);
    }

    @Test
    void aReportReadsTheOrganizationsVisitsInARangeAPageAtATimeByStart() {
        WaitingRoom room = WaitingRoom.open(InMemoryScheduling.ORGANIZATION, "Reports", NOW);
        room.staffWith(List.of(provider.id()), NOW);
        scheduling.rooms.add(room);
        Person patient = scheduling.patient(null);
        long nine = MONDAY.atTime(9, 0).atZone(NEW_YORK).toEpochSecond();
        List<Long> booked = new java.util.ArrayList<>();
        for (long at : List.of(nine + 1800, nine, nine + 900)) {
            booked.add(scheduling.booking.bookIntoWaitingRoom(caller(provider), patient.id(),
                    new EhrAppointment("Reports", at, null, null, null, null, null, null)).id());
        }
        java.time.Instant from = java.time.Instant.ofEpochSecond(nine);
        java.time.Instant until = java.time.Instant.ofEpochSecond(nine + 1800);

        List<AppointmentView> first = scheduling.booking.startingBetween(caller(provider), from, until, null, 1);
        assertThat(first).extracting(AppointmentView::id).containsExactly(booked.get(1));
        List<AppointmentView> second = scheduling.booking.startingBetween(caller(provider), from, until,
                first.get(0), 1);
        assertThat(second).extracting(AppointmentView::id).containsExactly(booked.get(2));
        assertThat(scheduling.booking.startingBetween(caller(provider), from, until, second.get(0), 1))
                .as("the end is excluded").isEmpty();
        assertThat(scheduling.booking.startingBetween(caller(provider), from, until.plusSeconds(1), null, 10_000))
                .extracting(AppointmentView::id).containsExactly(booked.get(1), booked.get(2), booked.get(0));
        assertThatThrownBy(() -> scheduling.booking.startingBetween(caller(patient), from, until, null, 10))
                .as("members only").isInstanceOf(RuntimeException.class);
    }

    @Test
    void whatTheAdapterCouldNotReadIsReportedAmongTheBookingsOwnProblemsInTheirOrder() {
        Reading reading = new Reading(Set.of("user_id", "appointment_type_id", "timezone"), List.of(
                new FieldMessage("appointment_type_id", "is not a valid id"),
                new FieldMessage("timezone", "is not a known time zone (use an IANA name such as America/New_York)")));
        assertThatThrownBy(() -> scheduling.booking.createAppointment(caller(provider), new NewAppointment(
                new UserId(999_999), null, "Phone Call", null, List.of(), List.of(), null,
                StartTime.local(MONDAY.atTime(10, 0)), null, null, reading)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("appointment_type_id", "is not a valid id"),
                        new FieldMessage("user_id", "Client not found"),
                        new FieldMessage("timezone",
                                "is not a known time zone (use an IANA name such as America/New_York)")));
        assertThatThrownBy(() -> scheduling.booking.createAppointment(caller(provider), new NewAppointment(null, null,
                "Phone Call", null, List.of(), List.of(), NEW_YORK, null, null, null, sent())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("appointment_type_id", "can't be blank"),
                        new FieldMessage("user_id", "is required for a 1:1 appointment (use attendee_ids for a group)")));
    }

    @Test
    void bookingWarningsFindConflictsInRepeatsAndPatientsShortOfCredits() {
        Person patient = scheduling.patient(null);
        scheduling.booking.createAppointment(caller(provider), new NewAppointment(new UserId(patient.id()),
                new AppointmentTypeId(consultation.id()), "Phone Call", null, List.of(), List.of(), NEW_YORK,
                StartTime.local(MONDAY.plusWeeks(2).atTime(10, 0)), null, null, sent("user_id")));
        WarningQuery weekly = new WarningQuery(new AppointmentTypeId(consultation.id()), new UserId(provider.id()),
                StartTime.local(MONDAY.atTime(10, 30)), NEW_YORK, null, List.of(new UserId(patient.id())), List.of(),
                null, true, "Weekly", 3, sent("appointment_type_id", "provider_id", "date", "time", "timezone",
                        "attendee_ids"));
        List<BookingWarning> warnings = scheduling.booking.appointmentBookingWarnings(caller(provider), weekly);
        assertThat(warnings).extracting(BookingWarning::category).containsExactly("Event Conflicts", "Credit Deficits");
        assertThat(warnings.get(0).potentialIssues()).containsExactly("Consultation - Dec 21, 10:00 AM EST");
        assertThatThrownBy(() -> scheduling.booking.appointmentBookingWarnings(caller(provider), new WarningQuery(null,
                null, StartTime.local(MONDAY.atTime(10, 30)), null, null, List.of(), List.of(), null, true,
                "Fortnightly", null, sent("date", "time"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("appointment_type_id", "repeat_interval"));
    }
}
