package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.visits.api.VisitLinks;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.Teleconsultation;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitRole;
import org.caregate.visits.domain.VisitWindow;

/** Opens video visits for appointments and reads what happened in them. */
@Dependent
class Visits {

    @Inject
    VideoVisitRepository visits;

    @Inject
    VisitSettings settings;

    @EJB
    PeopleDirectory people;

    /**
     * The appointment's visit, opened now with a link per participant if it has none. The caller holds the
     * appointment's row lock, so two requests never open two visits.
     */
    VideoVisit openFor(Appointment appointment, String providerName, Instant now) {
        Optional<VideoVisit> existing = visits.ofAppointment(appointment.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        VideoVisit visit = VideoVisit.openFor(appointment.organizationId(), appointment.id(), now);
        visits.add(visit);
        visits.flush();
        visits.addLink(VisitLink.issue(appointment.id(), VisitRole.PROVIDER, appointment.providerId(),
                providerName != null ? providerName : nameOf(appointment.providerId(), "Provider")));
        visits.addLink(VisitLink.issue(appointment.id(), VisitRole.PATIENT, appointment.patientId(),
                nameOf(appointment.patientId(), "Patient")));
        for (Long attendee : appointment.attendeeIds()) {
            visits.addLink(VisitLink.issue(appointment.id(), VisitRole.PARTICIPANT, attendee, nameOf(attendee, "Participant")));
        }
        for (Long provider : appointment.additionalProviderIds()) {
            visits.addLink(VisitLink.issue(appointment.id(), VisitRole.PARTICIPANT, provider, nameOf(provider, "Provider")));
        }
        return visit;
    }

    /** Seed 000: once the provider has started its video session, an appointment can no longer be moved or called off. */
    void requireNotStarted(Appointment appointment, String field) {
        if (visits.ofAppointment(appointment.id()).map(VideoVisit::isStarted).orElse(false)) {
            throw new InvalidInputException(field, "The session has started and can no longer be changed");
        }
    }

    VisitLinks links(Appointment appointment) {
        List<VisitLink> links = visits.links(appointment.id());
        return new VisitLinks(appointment.id(), appointment.externalId(), url(links, VisitRole.PROVIDER),
                url(links, VisitRole.PATIENT), links.stream().filter(l -> l.role() == VisitRole.PARTICIPANT)
                .map(l -> settings.linkUrl(l.token())).toList());
    }

    /**
     * The appointment's window: from the early entry until the session length has passed — or until the
     * appointment's own end, when that is later (a two-hour teleconsultation).
     */
    VisitWindow window(Appointment appointment) {
        VisitWindow window = VisitWindow.around(appointment.startsAt(), settings.earlyEntry(), settings.sessionLength());
        if (window.closesAt() != null && appointment.endsAt().isAfter(window.closesAt())) {
            return new VisitWindow(window.opensAt(), window.startsAt(), appointment.endsAt());
        }
        return window;
    }

    /**
     * Opens the visit of a teleconsultation with a link per participant, bound to them: privileged participants
     * lead (and start the session), the others wait for them.
     */
    void openForParticipants(Appointment appointment, List<Teleconsultation.Participant> participants, Instant now) {
        VideoVisit visit = VideoVisit.openFor(appointment.organizationId(), appointment.id(), now);
        visits.add(visit);
        visits.flush();
        for (Teleconsultation.Participant participant : participants) {
            visits.addLink(VisitLink.issue(appointment.id(), participant.privileged() ? VisitRole.PROVIDER : VisitRole.PATIENT,
                    participant.userId(), participant.fullName() != null ? participant.fullName()
                            : nameOf(participant.userId(), "Participant")));
        }
    }

    /** Removes a visit nobody has entered yet, so that it can be opened again for changed participants. */
    void close(Appointment appointment) {
        visits.removeVisit(appointment.id());
    }

    /** The stays through the links of one role. */
    List<Attendance> stays(Appointment appointment, VisitRole role) {
        return visits.attendances(visits.links(appointment.id()).stream().filter(l -> l.role() == role)
                .map(VisitLink::token).toList());
    }

    private String url(List<VisitLink> links, VisitRole role) {
        return links.stream().filter(l -> l.role() == role).findFirst().map(l -> settings.linkUrl(l.token()))
                .orElse(null);
    }

    private String nameOf(Long userId, String otherwise) {
        return userId == null ? otherwise : people.person(userId).map(Person::fullName).orElse(otherwise);
    }
}
