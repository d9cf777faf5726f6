package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentSettingRepository;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.AvailabilityRepository;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.SchedulingTimes;
import org.caregate.scheduling.domain.SlotFinder.BusyPeriod;
import org.caregate.scheduling.domain.SlotFinder.ProviderCalendar;

/**
 * Puts together what the slot finder needs about providers — their open hours, the time their appointments hold
 * and their booking rules — and finds the providers a request names.
 */
@Dependent
class Calendars {

    @Inject
    AvailabilityRepository availabilities;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentSettingRepository settings;

    @EJB
    PeopleDirectory people;

    /** The booking rules on a provider's calendar for a type: the type's own, else the provider's, else defaults. */
    BookingRules rulesFor(long providerId, Long appointmentTypeId) {
        Optional<AppointmentSetting> own = appointmentTypeId == null ? Optional.empty()
                : settings.ofAppointmentType(appointmentTypeId);
        return own.or(() -> settings.ofProvider(providerId)).map(AppointmentSetting::rules)
                .orElse(BookingRules.DEFAULTS);
    }

    /**
     * The calendars of these providers, with the appointments overlapping {@code [from, until)} widened by the
     * longest buffer there can be (a day) — in three queries whatever the number of providers.
     */
    List<ProviderCalendar> calendars(List<Long> providerIds, Long appointmentTypeId, Instant from, Instant until,
                                     Long exceptAppointmentId) {
        Map<Long, List<Availability.OpeningHours>> openings = availabilities.ofProviders(providerIds).stream()
                .collect(Collectors.groupingBy(Availability::providerId,
                        Collectors.mapping(Availability::hours, Collectors.toList())));
        List<AppointmentSetting> rulesRead = settings.ofTypeOrProviders(appointmentTypeId, providerIds);
        Optional<BookingRules> typeRules = rulesRead.stream()
                .filter(s -> appointmentTypeId != null && appointmentTypeId.equals(s.appointmentTypeId()))
                .map(AppointmentSetting::rules).findFirst();
        Map<Long, BookingRules> providerRules = rulesRead.stream()
                .filter(s -> s.providerId() != null)
                .collect(Collectors.toMap(AppointmentSetting::providerId, AppointmentSetting::rules));
        Map<Long, List<BusyPeriod>> busy = appointments.busy(providerIds, from.minus(Duration.ofDays(1)),
                until.plus(Duration.ofDays(1)), exceptAppointmentId);
        List<ProviderCalendar> calendars = new ArrayList<>();
        for (Long providerId : providerIds) {
            BookingRules rules = typeRules.orElseGet(() -> providerRules.getOrDefault(providerId, BookingRules.DEFAULTS));
            calendars.add(new ProviderCalendar(providerId, openings.getOrDefault(providerId, List.of()),
                    busy.getOrDefault(providerId, List.of()), rules));
        }
        return calendars;
    }

    /**
     * The provider a request names, who must be an active member of {@code organizationId} (of the provider's
     * own organization when {@code null}: a caller without an account); records the problem otherwise.
     */
    Optional<Person> provider(Inputs inputs, String field, String id, Long organizationId) {
        Long providerId = inputs.id(field, id);
        if (providerId == null) {
            return Optional.empty();
        }
        return provider(inputs, field, new UserId(providerId), organizationId);
    }

    /** The provider of this id, who must be an active member of {@code organizationId}; recorded otherwise. */
    Optional<Person> provider(Inputs inputs, String field, UserId id, Long organizationId) {
        Optional<Person> provider = people.person(id.value())
                .filter(p -> !p.isPatient() && p.active())
                .filter(p -> organizationId == null || p.organizationId() == organizationId);
        if (provider.isEmpty()) {
            inputs.problem(field, "Provider not found");
        }
        return provider;
    }

    /**
     * The providers of a list of ids, in order, each an active member of {@code organizationId}; each id that
     * names no such provider is recorded on {@code field}, and so is, in its turn, each entry the adapter could
     * not read ({@code null}).
     */
    List<Long> providers(Inputs inputs, Reading reading, String field, List<UserId> ids, Long organizationId) {
        List<Long> found = new ArrayList<>();
        int unreadable = 0;
        for (UserId id : ids) {
            if (id == null) {
                inputs.report(reading, field, unreadable++);
            } else {
                provider(inputs, field, id, organizationId).ifPresent(p -> found.add(p.id()));
            }
        }
        return found;
    }

    /** The zone a person's calendar is kept in: theirs, or UTC when they never set one. */
    static ZoneId zoneOf(Person person) {
        return person.timezone() == null ? SchedulingTimes.UTC : ZoneId.of(person.timezone());
    }
}
