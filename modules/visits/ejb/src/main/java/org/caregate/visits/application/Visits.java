package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.VisitLinks;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.AttendanceRepository;
import org.caregate.visits.domain.CallProgress;
import org.caregate.visits.domain.Teleconsultation;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;
import org.caregate.visits.domain.VisitRole;
import org.caregate.visits.domain.VisitWindow;

/** Opens video visits for appointments and reads what happened in them. */
@Dependent
class Visits {

    @Inject
    VideoVisitRepository visits;

    @Inject
    VisitLinkRepository links;

    @Inject
    AttendanceRepository attendances;

    @Inject
    VisitSettings settings;

    @EJB
    PeopleDirectory people;

    @EJB
    VideoAppointments appointments;

    /**
     * The appointment's visit, opened now with a link per participant if it has none. The caller holds the
     * appointment's row lock, so two requests never open two visits.
     */
    VideoVisit openFor(VideoAppointment appointment, String providerName, Instant now) {
        Optional<VideoVisit> existing = visits.ofAppointment(appointment.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        VideoVisit visit = VideoVisit.openFor(appointment.organizationId(), appointment.id(), now);
        visits.add(visit);
        links.add(VisitLink.issue(appointment.id(), VisitRole.PROVIDER, appointment.providerId(),
                providerName != null ? providerName : nameOf(appointment.providerId(), "Provider")));
        links.add(VisitLink.issue(appointment.id(), VisitRole.PATIENT, appointment.patientId(),
                nameOf(appointment.patientId(), "Patient")));
        for (Long attendee : appointment.attendeeIds()) {
            links.add(VisitLink.issue(appointment.id(), VisitRole.PARTICIPANT, attendee, nameOf(attendee, "Participant")));
        }
        for (Long provider : appointment.additionalProviderIds()) {
            links.add(VisitLink.issue(appointment.id(), VisitRole.PARTICIPANT, provider, nameOf(provider, "Provider")));
        }
        return visit;
    }

    VisitLinks links(VideoAppointment appointment) {
        List<VisitLink> issued = links.ofAppointment(appointment.id());
        return new VisitLinks(appointment.id(), appointment.externalId(), url(issued, VisitRole.PROVIDER),
                url(issued, VisitRole.PATIENT), issued.stream().filter(l -> l.role() == VisitRole.PARTICIPANT)
                .map(l -> settings.linkUrl(l.token())).toList());
    }

    /**
     * The appointment's window: from the early entry until the session length has passed — or until the
     * appointment's own end, when that is later (a two-hour teleconsultation).
     */
    VisitWindow window(VideoAppointment appointment) {
        VisitWindow window = VisitWindow.around(appointment.start(), settings.earlyEntry(), settings.sessionLength());
        if (window.closesAt() != null && appointment.end().isAfter(window.closesAt())) {
            return new VisitWindow(window.opensAt(), window.startsAt(), appointment.end());
        }
        return window;
    }

    /**
     * Opens the visit of a teleconsultation with a link per participant, bound to them: privileged participants
     * lead (and start the session), the others wait for them.
     */
    void openForParticipants(VideoAppointment appointment, List<Teleconsultation.Participant> participants, Instant now) {
        VideoVisit visit = VideoVisit.openFor(appointment.organizationId(), appointment.id(), now);
        visits.add(visit);
        for (Teleconsultation.Participant participant : participants) {
            links.add(VisitLink.issue(appointment.id(), participant.privileged() ? VisitRole.PROVIDER : VisitRole.PATIENT,
                    participant.userId(), participant.fullName() != null ? participant.fullName()
                            : nameOf(participant.userId(), "Participant")));
        }
    }

    /** Removes a visit nobody has entered yet, so that it can be opened again for changed participants. */
    void close(VideoAppointment appointment) {
        links.removeOfAppointment(appointment.id());
        visits.remove(appointment.id());
    }

    /** The stays through the links of one role. */
    List<Attendance> stays(VideoAppointment appointment, VisitRole role) {
        return attendances.throughLinks(links.ofAppointment(appointment.id()).stream().filter(l -> l.role() == role)
                .map(VisitLink::token).toList());
    }

    /** What happened in the appointment's visit so far, for its call status. */
    CallProgress progress(VideoVisit visit, VideoAppointment appointment) {
        List<VisitLink> issued = links.ofAppointment(appointment.id());
        return CallProgress.of(visit, stays(issued, VisitRole.PATIENT), stays(issued, VisitRole.PROVIDER),
                stays(issued, VisitRole.PARTICIPANT), appointment.completed());
    }

    /**
     * The patient arrived (opened the page or joined while the window is open): the visit records it once, the
     * appointment becomes "arrived", and the window's close is to be checked.
     */
    void recordPatientArrival(VideoVisit visit, VideoAppointment appointment, Instant now) {
        if (visit.patientArrivedAt() != null || visit.isClosed()) {
            return;
        }
        visits.lock(visit);
        if (visit.recordPatientArrival(now)) {
            visit.checkWhenClosing(window(appointment).closesAt());
            appointments.recordArrival(appointment.organizationId(), appointment.id());
        }
    }

    private List<Attendance> stays(List<VisitLink> issued, VisitRole role) {
        List<String> tokens = issued.stream().filter(l -> l.role() == role).map(VisitLink::token).toList();
        return tokens.isEmpty() ? List.of() : attendances.throughLinks(tokens);
    }

    private String url(List<VisitLink> issued, VisitRole role) {
        return issued.stream().filter(l -> l.role() == role).findFirst().map(l -> settings.linkUrl(l.token()))
                .orElse(null);
    }

    private String nameOf(Long userId, String otherwise) {
        return userId == null ? otherwise : people.person(userId).map(Person::fullName).orElse(otherwise);
    }
}
