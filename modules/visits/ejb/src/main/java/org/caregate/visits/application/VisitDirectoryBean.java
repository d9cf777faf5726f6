package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.scheduling.api.OutreachVisit;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.VisitDirectory;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.PartnerVideoRoomRepository;
import org.caregate.visits.domain.VideoVisitRepository;

/**
 * Describes appointments and partner video rooms for outreach: the patient's contact, the time, the link. Scheduling
 * declares {@link VisitDirectory}; visits answers it, since the join link and the partner rooms are visits' own.
 */
@Stateless
public class VisitDirectoryBean implements VisitDirectory {

    @EJB
    VideoAppointments appointments;

    @Inject
    VideoVisitRepository visits;

    @Inject
    PartnerVideoRoomRepository rooms;

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
            found = rooms.find(organizationId, UUID.fromString(uid));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return Optional.empty();
        }
        return found.flatMap(room -> appointments.find(organizationId, room.appointmentId(), true).map(appointment -> {
            PartnerVideoRoom.PartnerDetails details = room.details();
            return new OutreachVisit("partner_video_room", uid, organizationId, details.partnerClinicName(),
                    appointment.start(), appointment.end(), room.timeZone().getId(), details.displayName(),
                    details.partnerPatientEmail(), details.partnerPatientPhoneNumber(),
                    visitRooms.links(appointment).patientVisitUrl(), !appointment.active());
        }));
    }

    private Optional<OutreachVisit> appointment(VideoAppointment appointment) {
        if (appointment.patientId() == null) {
            return Optional.empty();
        }
        Optional<Person> patient = people.person(appointment.patientId());
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        Person person = patient.get();
        String zone = person.timezone() != null ? person.timezone() : appointment.timezone();
        String joinUrl = visits.ofAppointment(appointment.id()).isPresent()
                ? visitRooms.links(appointment).patientVisitUrl() : null;
        return Optional.of(new OutreachVisit("appointment", Long.toString(appointment.id()),
                appointment.organizationId(), organizations.name(appointment.organizationId()).orElse(""),
                appointment.start(), appointment.end(), zone, person.fullName(), person.email(), person.phoneNumber(),
                joinUrl, !appointment.active()));
    }
}
