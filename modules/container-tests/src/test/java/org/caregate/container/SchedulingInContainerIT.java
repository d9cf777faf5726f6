package org.caregate.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSearch;
import org.caregate.scheduling.domain.AppointmentSearch.When;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.BookingConflict;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.SlotFinder.BusyPeriod;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduling's repository inside the server, against PostgreSQL: the no-double-booking exclusion constraint and the
 * unique external id reach the use cases as {@link BookingConflict}, and a deliberate overbooking is not one; a
 * provider's busy time in a window is their own appointments and those they join as an additional provider; a
 * patient's active appointments of a type count those they attend, each once; a participant's list holds the
 * appointments they take part in, in any role, whether they have few or many.
 */
@ExtendWith(ContainerServer.class)
@ExtendWith(ArquillianExtension.class)
class SchedulingInContainerIT {

    private static final Instant NINE = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withContexts(SchedulingInContainerIT.class, "identity.jar", "forms.jar", "scheduling.jar",
                "visits.jar", "episodes.jar");
    }

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentTypeRepository types;

    @Resource
    UserTransaction transaction;

    @Test
    void aSecondAppointmentOverlappingTheProvidersTimeIsATakenTime() throws Exception {
        long provider = someProvider();
        book(provider, NINE, false, null);
        transaction.begin();
        try {
            Appointment overlapping = appointment(provider, NINE.plus(Duration.ofMinutes(15)), false, null);
            assertThatThrownBy(() -> write(overlapping)).isInstanceOfSatisfying(BookingConflict.class,
                    conflict -> assertThat(conflict.rule()).isEqualTo(BookingConflict.Rule.TIME_TAKEN));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aSecondAppointmentWithTheSameExternalIdIsATakenExternalId() throws Exception {
        String externalId = "EHR-" + UUID.randomUUID();
        book(someProvider(), NINE, false, externalId);
        transaction.begin();
        try {
            Appointment sameExternalId = appointment(someProvider(), NINE, false, externalId);
            assertThatThrownBy(() -> write(sameExternalId)).isInstanceOfSatisfying(BookingConflict.class,
                    conflict -> assertThat(conflict.rule()).isEqualTo(BookingConflict.Rule.EXTERNAL_ID_TAKEN));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aDeliberateOverbookingOfTheSameTimeIsAccepted() throws Exception {
        long provider = someProvider();
        book(provider, NINE, false, null);
        book(provider, NINE, true, null);
    }

    @Test
    void aProvidersTimeInAWindowIsHeldByTheirOwnAppointmentsAndThoseTheyJoin() throws Exception {
        long provider = someProvider();
        long colleague = someProvider();
        Instant ten = NINE.plus(Duration.ofHours(1));
        long own = book(appointment(provider, NINE, false, null));
        long joined = book(appointment(colleague, ten, false, null, Set.of(provider)));
        book(appointment(provider, NINE.minus(Duration.ofDays(400)), false, null));
        book(appointment(provider, NINE.plus(Duration.ofHours(2)), false, null));
        long joinedBefore = book(appointment(colleague, NINE.minus(Duration.ofHours(1)), false, null, Set.of(provider)));
        Appointment cancelled = appointment(colleague, NINE.plus(Duration.ofMinutes(30)), false, null, Set.of(provider));
        cancelled.cancel("date", Instant.now());
        book(cancelled);
        Appointment deleted = appointment(colleague, NINE, false, null, Set.of(provider));
        deleted.delete("date", Instant.now());
        book(deleted);
        Instant until = NINE.plus(Duration.ofHours(2));
        transaction.begin();
        try {
            assertThat(appointments.overlapping(List.of(provider), NINE, until, null))
                    .extracting(Appointment::id).containsExactly(own, joined);
            assertThat(appointments.overlapping(List.of(provider, colleague), NINE, until, null))
                    .extracting(Appointment::id).containsExactly(own, joined);
            assertThat(appointments.overlapping(List.of(provider), NINE, until, own))
                    .extracting(Appointment::id).containsExactly(joined);
            assertThat(appointments.overlapping(List.of(provider), NINE.minus(Duration.ofDays(1)), NINE, null))
                    .extracting(Appointment::id).containsExactly(joinedBefore);

            Map<Long, List<BusyPeriod>> busy = appointments.busy(List.of(provider, colleague), NINE, until, null);
            BusyPeriod nineToHalfPast = new BusyPeriod(NINE, NINE.plus(Duration.ofMinutes(30)));
            BusyPeriod tenToHalfPast = new BusyPeriod(ten, ten.plus(Duration.ofMinutes(30)));
            assertThat(busy).containsOnlyKeys(provider, colleague);
            assertThat(busy.get(provider)).containsExactlyInAnyOrder(nineToHalfPast, tenToHalfPast);
            assertThat(busy.get(colleague)).containsExactly(tenToHalfPast);
            Map<Long, List<BusyPeriod>> leavingOutTheJoined = appointments.busy(List.of(provider), NINE, until, joined);
            assertThat(leavingOutTheJoined).containsOnlyKeys(provider);
            assertThat(leavingOutTheJoined.get(provider)).containsExactly(nineToHalfPast);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aPatientsActiveAppointmentsOfATypeCountThoseTheyAttendEachOnce() throws Exception {
        long patient = someProvider();
        transaction.begin();
        AppointmentType coaching = AppointmentType.offer(1L, "Coaching", 30, Instant.now());
        AppointmentType other = AppointmentType.offer(1L, "Other", 30, Instant.now());
        types.add(coaching);
        types.add(other);
        transaction.commit();
        book(ofType(coaching, patient, Set.of()));
        book(ofType(coaching, null, Set.of(patient, someProvider())));
        book(ofType(coaching, patient, Set.of(patient)));
        Appointment cancelled = ofType(coaching, patient, Set.of());
        cancelled.cancel("date", Instant.now());
        book(cancelled);
        Appointment deleted = ofType(coaching, patient, Set.of());
        deleted.delete("date", Instant.now());
        book(deleted);
        book(ofType(other, patient, Set.of()));
        long someoneElse = someProvider();
        book(ofType(coaching, someoneElse, Set.of()));

        transaction.begin();
        try {
            assertThat(appointments.activeCountOfType(patient, coaching.id())).isEqualTo(3);
            assertThat(appointments.activeCountOfType(patient, other.id())).isEqualTo(1);
            assertThat(appointments.activeCountOfType(someoneElse, coaching.id())).isEqualTo(1);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aParticipantsListHoldsTheAppointmentsTheyTakePartInInAnyRoleWhetherFewOrMany() throws Exception {
        long user = someProvider();
        long own = book(appointment(user, NINE, false, null));
        long asPatient = book(booking(someProvider(), user, NINE.plus(Duration.ofHours(1)), Set.of(), Set.of()));
        long attended = book(booking(someProvider(), null, NINE.plus(Duration.ofHours(2)), Set.of(user), Set.of()));
        long joined = book(booking(someProvider(), null, NINE.plus(Duration.ofHours(3)), Set.of(), Set.of(user)));
        long past = book(appointment(user, NINE.minus(Duration.ofDays(400)), false, null));
        Appointment cancelled = appointment(user, NINE.plus(Duration.ofHours(4)), false, null);
        cancelled.cancel("date", Instant.now());
        book(cancelled);
        Appointment deleted = appointment(user, NINE.plus(Duration.ofHours(5)), false, null);
        deleted.delete("date", Instant.now());
        book(deleted);
        book(appointment(someProvider(), NINE, false, null));
        book(booking(2L, user, null, null, NINE.plus(Duration.ofHours(6)), false, Set.of(), Set.of())); // elsewhere
        List<Long> upcoming = List.of(own, asPatient, attended, joined);

        transaction.begin();
        try {
            assertThat(listed(user, When.FUTURE, null, 0, null)).containsExactlyElementsOf(upcoming);
            assertThat(appointments.count(search(user, When.FUTURE, null, 0, null))).isEqualTo(4);
            assertThat(listed(user, When.FUTURE, null, 1, 2)).containsExactly(asPatient, attended);
            assertThat(listed(user, When.FUTURE, asPatient, 0, 2)).containsExactly(attended, joined);
            assertThat(listed(user, When.PAST, null, 0, null)).containsExactly(past);
            assertThat(appointments.list(new AppointmentSearch(1L, user, When.ALL, AppointmentSearch.Statuses.ALL,
                    AppointmentSearch.Order.DATE_DESC, Instant.now(), null, 0, 3)).stream().map(Appointment::id))
                    .containsExactly(cancelled.id(), joined, attended);
            long nobody = someProvider();
            assertThat(listed(nobody, When.ALL, null, 0, null)).isEmpty();
            assertThat(appointments.count(search(nobody, When.ALL, null, 0, null))).isZero();
        } finally {
            transaction.rollback();
        }

        // more than JpaAppointmentRepository.FEW (100) upcoming: the list walks the organization's appointments
        // instead; the past, with one, is still listed from its id
        List<Long> many = new ArrayList<>(upcoming);
        transaction.begin();
        for (int hour = 10; many.size() <= 101; hour++) {
            Appointment later = appointment(user, NINE.plus(Duration.ofHours(hour)), false, null);
            write(later);
            many.add(later.id());
        }
        transaction.commit();
        transaction.begin();
        try {
            assertThat(listed(user, When.FUTURE, null, 0, null)).containsExactlyElementsOf(many);
            assertThat(appointments.count(search(user, When.FUTURE, null, 0, null))).isEqualTo(many.size());
            assertThat(listed(user, When.FUTURE, asPatient, 0, 2)).containsExactly(attended, joined);
            assertThat(listed(user, When.PAST, null, 0, null)).containsExactly(past);
        } finally {
            transaction.rollback();
        }
    }

    private List<Long> listed(long user, When when, Long afterId, int offset, Integer limit) {
        return appointments.list(search(user, when, afterId, offset, limit)).stream().map(Appointment::id).toList();
    }

    /** The user's appointments but cancelled ones, by start. */
    private static AppointmentSearch search(long user, When when, Long afterId, int offset, Integer limit) {
        return new AppointmentSearch(1L, user, when, AppointmentSearch.Statuses.NOT_CANCELLED,
                AppointmentSearch.Order.DATE_ASC, Instant.now(), afterId, offset, limit);
    }

    private static Appointment booking(long provider, Long patient, Instant start, Set<Long> attendees,
                                       Set<Long> additionalProviders) {
        return booking(1L, provider, patient, null, start, false, attendees, additionalProviders);
    }

    /** An appointment of half an hour in the organization; a group appointment when it has attendees. */
    private static Appointment booking(long organizationId, long provider, Long patient, Long typeId, Instant start,
                                       boolean overbooked, Set<Long> attendees, Set<Long> additionalProviders) {
        return Appointment.book(new Appointment.Booking(organizationId, provider, patient, typeId, null,
                ContactType.IN_PERSON, start, Duration.ofMinutes(30), ZoneOffset.UTC, !attendees.isEmpty(), overbooked,
                null, null, null, attendees, additionalProviders), Instant.now());
    }

    /** An appointment of the type with a provider of its own, for the patient (may be none) and these attendees. */
    private static Appointment ofType(AppointmentType type, Long patient, Set<Long> attendees) {
        return booking(1L, someProvider(), patient, type.id(), NINE, false, attendees, Set.of());
    }

    private void book(long provider, Instant start, boolean overbooked, String externalId) throws Exception {
        book(appointment(provider, start, overbooked, externalId));
    }

    private long book(Appointment appointment) throws Exception {
        transaction.begin();
        write(appointment);
        transaction.commit();
        return appointment.id();
    }

    /** Writes the appointment now: the insert happens on add (the id comes from the database), or at the latest here. */
    private void write(Appointment appointment) {
        appointments.add(appointment);
        appointments.flush();
    }

    private static Appointment appointment(long provider, Instant start, boolean overbooked, String externalId) {
        return appointment(provider, start, overbooked, externalId, Set.of());
    }

    private static Appointment appointment(long provider, Instant start, boolean overbooked, String externalId,
                                           Set<Long> additionalProviders) {
        Appointment appointment = booking(1L, provider, null, null, start, overbooked, Set.of(),
                additionalProviders);
        if (externalId != null) {
            appointment.describeForEhr(List.of(), externalId, null, null, Instant.now());
        }
        return appointment;
    }

    /** A provider id of its own per test: the provider column refers to no table of scheduling's. */
    private static long someProvider() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }
}
