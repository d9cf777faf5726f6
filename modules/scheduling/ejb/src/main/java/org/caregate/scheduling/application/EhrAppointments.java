package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.scheduling.api.EpisodeCheck;
import org.caregate.scheduling.api.VideoRooms;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.ContactType;
import org.caregate.scheduling.domain.SchedulingTimes;
import org.caregate.scheduling.domain.SlotFinder;
import org.caregate.scheduling.domain.VisitState;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/**
 * Visits an EHR books for its patients into a waiting room: the first of the room's providers free at that time
 * takes the visit, and its video room opens with it. The EHR knows the visit by its own external id too, and may
 * group it into an episode of care of the same patient (episodes answers scheduling's {@link EpisodeCheck} port).
 */
@Dependent
class EhrAppointments {

    @Inject
    AppointmentRepository appointments;

    @Inject
    WaitingRoomRepository rooms;

    @Inject
    AppointmentLookup lookup;

    @Inject
    Calendars calendars;

    @Inject
    Schedules schedules;

    @Inject
    AppointmentViews views;

    @EJB
    VideoRooms videoRooms;

    @EJB
    EpisodeCheck episodes;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    /** Books the patient's visit into the named waiting room, now or at the given time. */
    AppointmentView bookIntoWaitingRoom(Caller caller, long patientId, EhrAppointment visit) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String roomName = inputs.required("waitingRoom", visit.waitingRoom());
        Optional<WaitingRoom> room = roomName == null ? Optional.empty() : rooms.named(caller.organizationId(), roomName);
        if (roomName != null && room.isEmpty()) {
            inputs.problem("waitingRoom", "Waiting room not found");
        }
        Integer duration = duration(inputs, visit.duration());
        String externalId = inputs.optional("externalId", visit.externalId());
        if (externalId != null && appointments.findByExternalId(caller.organizationId(), externalId).isPresent()) {
            inputs.problem("externalId", "is already used by another appointment");
        }
        String accountNumber = inputs.optional("accountNumber", visit.accountNumber());
        EpisodeId episode = episodeId(inputs, "episodeOfCareId", visit.episodeOfCareId());
        List<String> reasons = reasons(inputs, visit.reasons());
        Instant now = clock.instant();
        Instant start = visit.date() == null ? now : inputs.unixTime("date", visit.date());
        inputs.check();
        requireEpisodeOf(caller, patientId, episode, "episodeOfCareId");

        Duration length = duration != null ? Duration.ofSeconds(duration) : room.get().slotDuration();
        List<Long> staff = room.get().providerIds();
        appointments.lockSchedules(caller.organizationId(), staff);
        Optional<Long> provider = calendars.calendars(staff, null, start, start.plus(length), null).stream()
                .filter(calendar -> SlotFinder.isFree(calendar, start, length))
                .map(SlotFinder.ProviderCalendar::providerId).findFirst();
        ZoneId zone = provider.flatMap(people::person).map(Calendars::zoneOf).orElse(SchedulingTimes.UTC);
        Appointment appointment = Appointment.book(new Appointment.Booking(caller.organizationId(), provider.orElse(null),
                patientId, null, room.get().id(), ContactType.VIDEO_CHAT, start, length, zone, false, false, null, null,
                caller.userId(), Set.of(), Set.of()), now);
        appointment.describeForEhr(reasons, externalId, accountNumber, episode == null ? null : episode.toString(), now);
        schedules.insert(appointment, "date");
        videoRooms.openFor(appointment.organizationId(), appointment.id());
        events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CREATED, appointment.id()));
        return views.of(appointment);
    }

    /**
     * Moves, re-describes or moves along the visit lifecycle ({@link VisitState}: arrived … sign off, cancelled, not
     * showed up) a visit for the EHR, and holds or releases its video call. A refused change changes nothing.
     */
    AppointmentView change(Caller caller, AppointmentId id, EhrAppointment changes) {
        Access.requireMember(caller);
        Appointment appointment = lookup.visible(caller, id, false);
        AppointmentView before = views.of(appointment);
        Inputs inputs = new Inputs();
        if (appointment.contactType() != ContactType.VIDEO_CHAT) {
            // the EHR's answer is the visit's link: an appointment without one is refused before anything changes
            inputs.problem("appointment_id", "The appointment is not held by video");
        }
        Integer duration = duration(inputs, changes.duration());
        Instant start = changes.date() == null ? null : inputs.unixTime("date", changes.date());
        String status = inputs.optional("status", changes.status());
        VisitState state = status == null ? null : VisitState.named(status.strip()).orElse(null);
        if (status != null && state == null) {
            inputs.problem("status", "must be one of " + String.join(", ", VisitState.names()));
        }
        String videoCallStatus = inputs.optional("videoCall.status", changes.videoCallStatus());
        String externalId = inputs.optional("externalId", changes.externalId());
        if (externalId != null && appointments.findByExternalId(caller.organizationId(), externalId)
                .filter(other -> !other.id().equals(appointment.id())).isPresent()) {
            inputs.problem("externalId", "is already used by another appointment");
        }
        String accountNumber = inputs.optional("accountNumber", changes.accountNumber());
        EpisodeId episode = episodeId(inputs, "episodeOfCareId", changes.episodeOfCareId());
        List<String> reasons = reasons(inputs, changes.reasons());
        inputs.check();
        requireEpisodeOf(caller, appointment.patientId(), episode, "episodeOfCareId");

        Instant now = clock.instant();
        if (start != null || duration != null) {
            schedules.move(caller, appointment, start != null ? start : appointment.startsAt(),
                    duration != null ? Duration.ofSeconds(duration) : appointment.length(), false);
        }
        appointment.describeForEhr(reasons, externalId, accountNumber, episode == null ? null : episode.toString(), now);
        boolean moved = state != null && appointment.moveTo(state, "status", now);
        if (videoCallStatus != null) {
            videoRooms.holdCall(appointment.organizationId(), appointment.id(), videoCallStatus, "videoCall.status");
        }
        appointments.flush();
        AppointmentView after = views.of(appointment);
        AppointmentEvent.Action action = moved && state == VisitState.CANCELLED ? AppointmentEvent.Action.CANCELLED
                : moved && state == VisitState.NOT_SHOWED_UP ? AppointmentEvent.Action.NO_SHOW
                : moved && state == VisitState.COMPLETED ? AppointmentEvent.Action.COMPLETED
                : start != null || duration != null ? AppointmentEvent.Action.RESCHEDULED : AppointmentEvent.Action.UPDATED;
        events.publish(caller, new AppointmentEvent(action, appointment.id(), ChangedFields.between(before, after)));
        return after;
    }

    /** Groups the visit into an episode of care of its patient, or ({@code episodeId} blank) takes it out of its episode. */
    AppointmentView assignEpisode(Caller caller, AppointmentId id, String episodeId) {
        Access.requireMember(caller);
        Appointment appointment = lookup.visible(caller, id, false);
        Inputs inputs = new Inputs();
        EpisodeId episode = episodeId(inputs, "episodeId", episodeId);
        inputs.check();
        requireEpisodeOf(caller, appointment.patientId(), episode, "episodeId");
        AppointmentView before = views.of(appointment);
        appointment.joinEpisode(episode == null ? null : episode.toString(), clock.instant());
        appointments.flush();
        AppointmentView after = views.of(appointment);
        List<String> changed = ChangedFields.between(before, after);
        if (!changed.isEmpty()) {
            events.publish(caller, new AppointmentEvent(AppointmentEvent.Action.UPDATED, appointment.id(), changed));
        }
        return after;
    }

    /** The episode a client named in {@code field}; null when it named none, recorded when it is no UUID. */
    private static EpisodeId episodeId(Inputs inputs, String field, String raw) {
        String text = inputs.optional(field, raw);
        if (text == null) {
            return null;
        }
        Optional<EpisodeId> id = EpisodeId.read(text);
        if (id.isEmpty()) {
            inputs.problem(field, "is not a valid id");
        }
        return id.orElse(null);
    }

    /**
     * Refuses an episode the organization does not have (not found, as another organization's) or that is another
     * patient's.
     */
    private void requireEpisodeOf(Caller caller, Long patientId, EpisodeId episode, String field) {
        if (episode == null) {
            return;
        }
        Long owner = episodes.patientOf(caller.organizationId(), episode)
                .orElseThrow(() -> new NotFoundException("Episode"));
        if (!owner.equals(patientId)) {
            throw new InvalidInputException(field, "is an episode of another patient");
        }
    }

    private static Integer duration(Inputs inputs, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 86_400)) {
            inputs.problem("duration", "should be in range [1, 86400]");
            return null;
        }
        return seconds;
    }

    private static List<String> reasons(Inputs inputs, List<String> reasons) {
        if (reasons == null) {
            return null;
        }
        List<String> checked = new ArrayList<>();
        for (String reason : reasons) {
            String text = inputs.optional("reasons", reason);
            if (text != null) {
                checked.add(text);
            }
        }
        return checked;
    }
}
