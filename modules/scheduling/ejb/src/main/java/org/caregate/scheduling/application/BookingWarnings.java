package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.BookingWarning;
import org.caregate.scheduling.api.WarningQuery;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeCredit;
import org.caregate.scheduling.domain.AppointmentTypeCreditRepository;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.SchedulingTimes;

/**
 * What staff should know before they book: the appointments already on the providers' calendars at that time
 * (every occurrence of a repeating booking), and the attendees without enough credits left for the type. It only
 * reports; staff may still book.
 */
@Dependent
class BookingWarnings {

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    AppointmentTypeCreditRepository credits;

    @Inject
    BookingInputs inputsOf;

    @Inject
    Calendars calendars;

    @EJB
    PeopleDirectory people;

    /** The conflicts and the credit deficits of the booking the query describes; none when it is clear. */
    List<BookingWarning> report(Caller caller, WarningQuery query) {
        Access.requireMember(caller);
        Reading reading = query.reading();
        Inputs inputs = new Inputs();
        inputs.report(reading, "provider_id");
        Person provider = query.providerId() != null
                ? calendars.provider(inputs, "provider_id", query.providerId(), caller.organizationId()).orElse(null)
                : reading.sent("provider_id") ? null : inputsOf.self(caller);
        inputs.report(reading, "appointment_type_id");
        Optional<AppointmentType> type = inputsOf.type(inputs, caller.organizationId(), query.appointmentTypeId());
        boolean typeSent = reading.sent("appointment_type_id");
        if (!typeSent && query.lengthInMinutes() == null) {
            inputs.problem("appointment_type_id", "Either appointment_type_id or length_in_minutes is required");
        }
        if (query.lengthInMinutes() != null && (query.lengthInMinutes() < 1 || query.lengthInMinutes() > 1440)) {
            inputs.problem("length_in_minutes", "must be between 1 and 1440");
        }
        List<Long> attendees = inputsOf.patients(inputs, reading, "attendee_ids", query.attendeeIds(),
                caller.organizationId());
        if (!attendees.isEmpty() && !typeSent) {
            inputs.problem("appointment_type_id", "is required when attendee_ids are given");
        }
        List<Long> extraProviders = calendars.providers(inputs, reading, "additional_provider_ids",
                query.additionalProviderIds(), caller.organizationId());
        inputs.report(reading, "current_appt_id");
        inputs.report(reading, "recurring_appt_id");
        inputs.report(reading, "timezone");
        ZoneId zone = BookingInputs.zone(query.timezone(), provider);
        inputs.report(reading, "date");
        inputs.report(reading, "time");
        Instant start = query.start() == null ? null : inputs.calendarTime("date", query.start().in(zone));
        int repeats = 1;
        Repetition repetition = null;
        if (Boolean.TRUE.equals(query.isRepeating())) {
            repetition = Repetition.named(query.repeatInterval());
            if (repetition == null) {
                inputs.problem("repeat_interval", "must be one of Weekly, Biweekly, Monthly, Every 4 Weeks");
            }
            repeats = query.repeatTimes() == null ? 1 : query.repeatTimes();
            if (repeats < 1 || repeats > 104) {
                inputs.problem("repeat_times", "must be between 1 and 104");
            }
        }
        inputs.check();

        Duration length = type.map(t -> Duration.ofMinutes(t.lengthMinutes()))
                .orElseGet(() -> Duration.ofMinutes(query.lengthInMinutes()));
        List<Long> calendarsSearched = new ArrayList<>(extraProviders);
        calendarsSearched.add(0, provider.id());
        List<BookingWarning> warnings = new ArrayList<>();
        Long currentId = query.currentApptId() == null ? null : query.currentApptId().value();
        conflicts(caller.organizationId(), calendarsSearched, start.atZone(zone), length, repetition, repeats, currentId)
                .ifPresent(warnings::add);
        creditDeficits(attendees, type, repeats).ifPresent(warnings::add);
        return warnings;
    }

    /** "Event Conflicts": the appointments on these calendars that overlap any occurrence, each named once. */
    private Optional<BookingWarning> conflicts(long organizationId, List<Long> calendarsSearched,
                                               ZonedDateTime first, Duration length, Repetition repetition,
                                               int repeats, Long currentId) {
        List<String> issues = new ArrayList<>();
        List<String> issueIds = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        ZonedDateTime occurrence = first;
        for (int i = 0; i < repeats; i++) {
            Instant from = occurrence.toInstant();
            for (Appointment conflict : appointments.overlapping(calendarsSearched, from, from.plus(length), currentId)) {
                if (seen.add(conflict.id())) {
                    String name = conflict.appointmentTypeId() == null ? "Appointment"
                            : types.find(organizationId, conflict.appointmentTypeId()).map(AppointmentType::name)
                                    .orElse("Appointment");
                    issues.add(name + " - " + SchedulingTimes.warningTime(conflict.startsAt(), first.getZone()));
                    issueIds.add(conflict.id().toString());
                }
            }
            occurrence = repetition == null ? occurrence : repetition.next(occurrence);
        }
        return issues.isEmpty() ? Optional.empty() : Optional.of(new BookingWarning("Event Conflicts",
                "Existing event(s) for the provider conflict with this one. Would you like to book this event anyway?",
                issues, issueIds));
    }

    /** "Credit Deficits": the attendees with fewer credits left for the type than the booking's occurrences. */
    private Optional<BookingWarning> creditDeficits(List<Long> attendees, Optional<AppointmentType> type, int repeats) {
        List<String> deficits = new ArrayList<>();
        List<String> deficitIds = new ArrayList<>();
        for (Person attendee : people.people(attendees)) {
            long typeId = type.orElseThrow().id();
            int total = credits.find(attendee.id(), typeId).map(AppointmentTypeCredit::totalCredits).orElse(0);
            if (total - appointments.activeCountOfType(attendee.id(), typeId) < repeats) {
                deficits.add(attendee.fullName());
                deficitIds.add(Long.toString(attendee.id()));
            }
        }
        return deficits.isEmpty() ? Optional.empty() : Optional.of(new BookingWarning("Credit Deficits",
                "The following clients do not have enough credits for this appointment type. Would you like to book"
                        + " this event anyway?", deficits, deficitIds));
    }

    /** The repeat intervals a booking warning search accepts. */
    private enum Repetition {
        WEEKLY, BIWEEKLY, MONTHLY, EVERY_4_WEEKS;

        static Repetition named(String name) {
            if (name == null) {
                return null;
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "weekly" -> WEEKLY;
                case "biweekly" -> BIWEEKLY;
                case "monthly" -> MONTHLY;
                case "every 4 weeks" -> EVERY_4_WEEKS;
                default -> null;
            };
        }

        ZonedDateTime next(ZonedDateTime occurrence) {
            return switch (this) {
                case WEEKLY -> occurrence.plusWeeks(1);
                case BIWEEKLY -> occurrence.plusWeeks(2);
                case MONTHLY -> occurrence.plusMonths(1);
                case EVERY_4_WEEKS -> occurrence.plusWeeks(4);
            };
        }
    }
}
