package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.SchedulingTimes;

/**
 * What a booking request names, found and checked field by field: the appointment type, the contact type, the
 * patients and providers taking part, and the time zone its start is read in.
 */
@Dependent
class BookingInputs {

    @Inject
    AppointmentTypeRepository types;

    @Inject
    Calendars calendars;

    @EJB
    PeopleDirectory people;

    /** The calling provider or staff member, who books for themselves unless another provider is named. */
    Person self(Caller caller) {
        return people.person(caller.userId()).orElseThrow(() -> new NotFoundException("Provider"));
    }

    /** The organization's appointment type of this id, unless it is retired; recorded when there is none. */
    Optional<AppointmentType> type(Inputs inputs, long organizationId, AppointmentTypeId id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<AppointmentType> type = types.find(organizationId, id.value()).filter(t -> !t.isRetired());
        if (type.isEmpty()) {
            inputs.problem("appointment_type_id", "Appointment type not found");
        }
        return type;
    }

    /** Whether patients may book this type themselves; recorded on {@code appointment_type_id} when not. */
    static boolean bookableByPatients(Inputs inputs, AppointmentType type) {
        if (!type.clientsCanBook()) {
            inputs.problem("appointment_type_id", "This appointment type can't be booked by clients");
            return false;
        }
        return true;
    }

    /** How the appointment takes place, if the appointment type offers it. */
    static ContactType contactType(Inputs inputs, String field, String name, AppointmentType type, boolean required) {
        if (name == null || name.isBlank()) {
            if (required) {
                inputs.problem(field, "can't be blank");
            }
            return null;
        }
        Optional<ContactType> contactType = ContactType.named(name);
        if (contactType.isEmpty()) {
            inputs.problem(field, "must be one of Healthie Video Call, In Person, Phone Call");
            return null;
        }
        if (type != null && !type.offers(contactType.get())) {
            inputs.problem(field, "is not offered for this appointment type");
        }
        return contactType.get();
    }

    /** The organization's patient of this id; recorded on {@code field} when there is none. */
    Optional<Person> patient(Inputs inputs, String field, UserId id, long organizationId) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Person> patient = people.person(id.value())
                .filter(p -> p.isPatient() && p.organizationId() == organizationId);
        if (patient.isEmpty()) {
            inputs.problem(field, "Client not found");
        }
        return patient;
    }

    /**
     * The ids of the organization's patients of these ids, in order; each one missing is recorded, and each the
     * client sent unreadable ({@code null}) is reported from the reading in its turn.
     */
    List<Long> patients(Inputs inputs, Reading reading, String field, List<UserId> ids, long organizationId) {
        List<Long> found = new ArrayList<>();
        int unreadable = 0;
        for (UserId id : ids) {
            if (id == null) {
                inputs.report(reading, field, unreadable++);
            } else {
                patient(inputs, field, id, organizationId).ifPresent(p -> found.add(p.id()));
            }
        }
        return found;
    }

    /** The time zone a request's times are in when it names none: the provider's, else UTC. */
    static ZoneId zone(ZoneId requested, Person provider) {
        if (requested != null) {
            return requested;
        }
        return provider == null ? SchedulingTimes.UTC : Calendars.zoneOf(provider);
    }
}
