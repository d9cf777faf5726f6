package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.NewPartnerVideoRoom;
import org.caregate.visits.api.PartnerVideoRoomFacade;
import org.caregate.visits.api.PartnerVideoRoomView;
import org.caregate.visits.api.event.PartnerVideoRoomEvent;
import org.caregate.visits.domain.PartnerVideoRoom.PartnerDetails;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.PartnerVideoRoomRepository;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitRole;
import org.caregate.visits.domain.VisitWindow;

/**
 * BetterPT's partner video rooms: appointments held by video for people who may have no account here. Once the
 * provider has started the session, the room can no longer be moved or cancelled.
 */
@Stateless
public class PartnerVideoRoomFacadeBean implements PartnerVideoRoomFacade {

    private static final Duration DEFAULT_LENGTH = Duration.ofMinutes(60);

    @EJB
    VideoAppointments appointments;

    @Inject
    PartnerVideoRoomRepository rooms;

    @Inject
    VideoVisitRepository visits;

    @Inject
    Visits visitRooms;

    @Inject
    VisitSettings settings;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public PartnerVideoRoomView create(Caller caller, NewPartnerVideoRoom room) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (room.startTime() == null) {
            inputs.problem("startTime", "can't be blank");
        } else {
            inputs.calendarTime("startTime", room.startTime().toInstant());
        }
        String zoneName = inputs.required("timeZone", room.timeZone());
        ZoneId zone = zoneName == null ? null : zone(inputs, zoneName);
        PartnerDetails details = new PartnerDetails(inputs.optional("displayName", room.displayName()),
                inputs.optional("partnerCustomerId", room.partnerCustomerId()),
                inputs.email("partnerProviderEmail", room.partnerProviderEmail(), false),
                inputs.email("partnerPatientEmail", room.partnerPatientEmail(), false),
                inputs.optional("partnerPatientPhoneNumber", room.partnerPatientPhoneNumber()),
                inputs.optional("partnerClinicName", room.partnerClinicName()));
        inputs.check();

        Instant now = clock.instant();
        Duration length = settings.sessionLength() != null ? settings.sessionLength() : DEFAULT_LENGTH;
        VideoAppointment appointment = appointments.book(caller.organizationId(), room.startTime().toInstant(), length,
                zone, caller.userId());
        PartnerVideoRoom created = PartnerVideoRoom.forAppointment(caller.organizationId(), appointment.id(), details,
                zone, now);
        rooms.add(created);
        visitRooms.openFor(appointment, details.displayName(), now);
        events.publish(caller, PartnerVideoRoomEvent.of(PartnerVideoRoomEvent.Action.CREATED, created.uid()));
        return view(created, appointment);
    }

    @Override
    public PartnerVideoRoomView room(Caller caller, String uid) {
        Access.requireMember(caller);
        PartnerVideoRoom room = find(caller, uid);
        return view(room, appointment(room, false));
    }

    @Override
    public PartnerVideoRoomView cancel(Caller caller, String uid) {
        Access.requireMember(caller);
        PartnerVideoRoom room = find(caller, uid);
        VideoAppointment appointment = appointment(room, true);
        VideoAppointment cancelled = appointments.cancel(appointment.organizationId(), appointment.id(), "uid");
        events.publish(caller, PartnerVideoRoomEvent.of(PartnerVideoRoomEvent.Action.CANCELLED, room.uid()));
        return view(room, cancelled);
    }

    @Override
    public PartnerVideoRoomView reschedule(Caller caller, String uid, OffsetDateTime startTime, String timeZone) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (startTime == null) {
            inputs.problem("startTime", "can't be blank");
        } else {
            inputs.calendarTime("startTime", startTime.toInstant());
        }
        ZoneId zone = timeZone == null ? null : zone(inputs, timeZone);
        inputs.check();
        PartnerVideoRoom room = find(caller, uid);
        VideoAppointment appointment = appointment(room, true);
        // moved first: a started session is the refusal the caller hears, before a cancelled room's
        VideoAppointment moved = appointments.move(appointment.organizationId(), appointment.id(),
                startTime.toInstant(), null, "uid");
        if (!appointment.active()) {
            throw new InvalidInputException("uid", "The room was cancelled");
        }
        if (zone != null) {
            room.moveToZone(zone);
        }
        events.publish(caller, PartnerVideoRoomEvent.of(PartnerVideoRoomEvent.Action.RESCHEDULED, room.uid()));
        return view(room, moved);
    }

    private PartnerVideoRoom find(Caller caller, String uid) {
        try {
            return rooms.find(caller.organizationId(), UUID.fromString(uid == null ? "" : uid.strip()))
                    .orElseThrow(() -> new NotFoundException("Partner video room"));
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFoundException("Partner video room");
        }
    }

    private VideoAppointment appointment(PartnerVideoRoom room, boolean forUpdate) {
        return (forUpdate ? appointments.lock(room.organizationId(), room.appointmentId())
                : appointments.find(room.organizationId(), room.appointmentId(), true))
                .orElseThrow(() -> new NotFoundException("Partner video room"));
    }

    private PartnerVideoRoomView view(PartnerVideoRoom room, VideoAppointment appointment) {
        Instant now = clock.instant();
        VisitWindow window = visitRooms.window(appointment);
        boolean started = visits.ofAppointment(appointment.id()).map(VideoVisit::isStarted).orElse(false);
        var patient = visitRooms.stays(appointment, VisitRole.PATIENT);
        var provider = visitRooms.stays(appointment, VisitRole.PROVIDER);
        var links = visitRooms.links(appointment);
        PartnerDetails details = room.details();
        return new PartnerVideoRoomView(room.uid().toString(), appointment.start(), room.timeZone().getId(),
                details.displayName(), details.partnerCustomerId(), details.partnerProviderEmail(),
                details.partnerPatientEmail(), links.patientVisitUrl(), links.providerVisitUrl(),
                (int) window.minutesAttended(patient, now), (int) window.minutesAttended(provider, now),
                !patient.isEmpty(), !provider.isEmpty(), status(appointment, window, started, now));
    }

    private static String status(VideoAppointment appointment, VisitWindow window, boolean started, Instant now) {
        if (!appointment.active()) {
            return "CANCELLED";
        }
        boolean over = window.closesAt() != null && !now.isBefore(window.closesAt());
        if (started) {
            return over ? "COMPLETED" : "IN_PROGRESS";
        }
        return over ? "MISSED" : "SCHEDULED";
    }

    private static ZoneId zone(Inputs inputs, String name) {
        String checked = inputs.timezone("timeZone", name);
        return checked == null ? null : ZoneId.of(checked);
    }
}
