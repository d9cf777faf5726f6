package org.caregate.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.scheduling.api.OutreachVisit;
import org.caregate.scheduling.api.VisitDirectory;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.VideoVisitRepository;

/** Describes appointments and partner video rooms for outreach: the patient's contact, the time, the link. */
@Stateless
public class VisitDirectoryBean implements VisitDirectory {

    @Inject
    AppointmentRepository appointments;

    @Inject
    VideoVisitRepository visits;

    @Inject
    Visits visitRooms;

    @Inject
    PeopleDirectory people;

    @Inject
    OrganizationDirectory organizations;

    @Override
    public Optional<OutreachVisit> visit(long organizationId, String resourceType, String resourceId) {
        if ("partner_video_room".equals(resourceType)) {
            return room(organizationId, resourceId);
        }
        if ("appointment".equals(resourceType) && resourceId != null && resourceId.matches("\\d{1,18}")) {
            return appointments.find(organizationId, Long.parseLong(resourceId), true).flatMap(this::appointment);
        }
        return Optional.empty();
    }

    private Optional<OutreachVisit> room(long organizationId, String uid) {
        Optional<PartnerVideoRoom> found;
        try {
            found = visits.partnerRoom(organizationId, UUID.fromString(uid));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return Optional.empty();
        }
        return found.flatMap(room -> appointments.find(organizationId, room.appointmentId(), true).map(appointment -> {
            PartnerVideoRoom.PartnerDetails details = room.details();
            return new OutreachVisit("partner_video_room", uid, organizationId, details.partnerClinicName(),
                    appointment.startsAt(), appointment.endsAt(), room.timeZone().getId(), details.displayName(),
                    details.partnerPatientEmail(), details.partnerPatientPhoneNumber(),
                    visitRooms.links(appointment).patientVisitUrl(), !appointment.isActive());
        }));
    }

    private Optional<OutreachVisit> appointment(Appointment appointment) {
        if (appointment.patientId() == null) {
            return Optional.empty();
        }
        Optional<Person> patient = people.person(appointment.patientId());
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        Person person = patient.get();
        String zone = person.timezone() != null ? person.timezone() : appointment.zone().getId();
        String joinUrl = visits.ofAppointment(appointment.id()).isPresent()
                ? visitRooms.links(appointment).patientVisitUrl() : null;
        return Optional.of(new OutreachVisit("appointment", appointment.id().toString(), appointment.organizationId(),
                organizations.name(appointment.organizationId()).orElse(""), appointment.startsAt(),
                appointment.endsAt(), zone, person.fullName(), person.email(), person.phoneNumber(), joinUrl,
                !appointment.isActive()));
    }
}
