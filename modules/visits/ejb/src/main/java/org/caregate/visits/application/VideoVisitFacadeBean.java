package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.VideoCallView;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.visits.api.VisitAttendanceView;
import org.caregate.visits.api.VisitLinks;
import org.caregate.visits.api.VisitPage;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.AttendanceRepository;
import org.caregate.visits.domain.CallStatus;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;
import org.caregate.visits.domain.VisitRole;
import org.caregate.visits.domain.VisitWindow.Entry;
import org.caregate.visits.domain.VisitWindow;

/** Video visit links and the visit page's rules: who may enter when, who starts, who attended. */
@Stateless
public class VideoVisitFacadeBean implements VideoVisitFacade {

    /** The most appointments one attendance read covers (a report's page). */
    static final int MAX_ATTENDANCE_BATCH = 1000;

    /** A bearer token's characters (RFC 6750, b64token). */
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

    @EJB
    VideoAppointments appointments;

    @Inject
    VideoVisitRepository visits;

    @Inject
    VisitLinkRepository links;

    @Inject
    AttendanceRepository attendances;

    @Inject
    Visits visitRooms;

    @Inject
    VideoPlatform platform;

    @Inject
    TeamsMeetings teams;

    Clock clock = Clock.systemUTC();

    @Override
    public VisitLinks links(Caller caller, String appointmentId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId("appointment_id", appointmentId);
        inputs.check();
        return linksOf(appointments.lock(caller.organizationId(), id)
                .orElseThrow(() -> new NotFoundException("Appointment")));
    }

    @Override
    public VisitLinks linksByExternalId(Caller caller, String externalId) {
        Access.requireMember(caller);
        VideoAppointment appointment = appointments.byExternalId(caller.organizationId(), externalId)
                .flatMap(a -> appointments.lock(caller.organizationId(), a.id()))
                .orElseThrow(() -> new NotFoundException("Appointment"));
        return linksOf(appointment);
    }

    private VisitLinks linksOf(VideoAppointment appointment) {
        if (!appointment.heldByVideo()) {
            throw new InvalidInputException("appointment_id", "The appointment is not held by video");
        }
        visitRooms.openFor(appointment, null, clock.instant());
        return visitRooms.links(appointment);
    }

    @Override
    public String teamsProviderLink(Caller caller, String appointmentId, String teamsToken) {
        Access.requireMember(caller);
        if (!teams.configured()) {
            throw new InvalidInputException("Teams-Auth-Token", "Microsoft Teams is not configured for this "
                    + "installation (CAREGATE_TEAMS_GRAPH_URL)");
        }
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId("appointment_id", appointmentId);
        String token = inputs.required("Teams-Auth-Token", teamsToken);
        if (token != null && !BEARER_TOKEN.matcher(token).matches()) {
            // it goes into an HTTP header to Microsoft Graph, where a control character cannot be sent
            inputs.problem("Teams-Auth-Token", "is not a bearer token");
        }
        inputs.check();
        VideoAppointment appointment = appointments.lock(caller.organizationId(), id)
                .orElseThrow(() -> new NotFoundException("Appointment"));
        linksOf(appointment);
        VideoVisit visit = visits.ofAppointment(appointment.id()).orElseThrow();
        if (visit.teamsJoinUrl() == null) {
            visit.holdAlsoOnTeams(teams.createMeeting(token, title(appointment), appointment.start(),
                    appointment.end()));
        }
        return visit.teamsJoinUrl();
    }

    @Override
    public VideoCallView videoCall(Caller caller, String appointmentId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId("appointment_id", appointmentId);
        inputs.check();
        VideoAppointment appointment = appointments.find(caller.organizationId(), id, false)
                .orElseThrow(() -> new NotFoundException("Appointment"));
        return visits.ofAppointment(appointment.id()).map(visit -> new VideoCallView(visit.roomName(),
                callStatus(visit, appointment).soloName())).orElse(null);
    }

    @Override
    public List<VisitAttendanceView> attendance(Caller caller, List<Long> appointmentIds) {
        Access.requireMember(caller);
        if (appointmentIds.size() > MAX_ATTENDANCE_BATCH) {
            throw new InvalidInputException("appointment_ids", "at most " + MAX_ATTENDANCE_BATCH + " at a time");
        }
        Instant now = clock.instant();
        List<VisitAttendanceView> views = new ArrayList<>();
        for (Long id : appointmentIds) {
            Optional<VideoAppointment> appointment = appointments.find(caller.organizationId(), id, true);
            Optional<VideoVisit> visit = appointment.flatMap(a -> visits.ofAppointment(a.id()));
            if (appointment.isEmpty() || visit.isEmpty()) {
                continue;
            }
            VisitWindow window = visitRooms.window(appointment.get());
            views.add(new VisitAttendanceView(id, callStatus(visit.get(), appointment.get()).soloName(),
                    window.minutesAttended(visitRooms.stays(appointment.get(), VisitRole.PATIENT), now),
                    window.minutesAttended(visitRooms.stays(appointment.get(), VisitRole.PROVIDER), now)));
        }
        return views;
    }

    private CallStatus callStatus(VideoVisit visit, VideoAppointment appointment) {
        return visitRooms.progress(visit, appointment).statusAt(clock.instant(), visitRooms.window(appointment).closesAt());
    }

    @Override
    public VisitPage page(String token) {
        Holder holder = holder(token);
        Instant now = clock.instant();
        arrived(holder, now);
        return page(holder, now);
    }

    /** A patient's link opened (or the room joined) while the window is open: the patient has arrived. */
    private void arrived(Holder holder, Instant now) {
        Entry entry = holder.entry(now);
        if (holder.link().role() == VisitRole.PATIENT
                && (entry == Entry.WAITING_FOR_PROVIDER || entry == Entry.IN_SESSION)) {
            visitRooms.recordPatientArrival(holder.visit(), holder.appointment(), now);
        }
    }

    @Override
    public VisitPage start(String token) {
        Holder holder = holder(token);
        if (holder.link().role() != VisitRole.PROVIDER) {
            throw new ForbiddenException("Only the provider starts the session");
        }
        Instant now = clock.instant();
        Entry entry = holder.entry(now);
        if (entry == Entry.TOO_EARLY) {
            throw new InvalidInputException("token", "The session can be started from "
                    + DateTimeFormatter.ISO_INSTANT.format(holder.window().opensAt()));
        }
        if (entry == Entry.ENDED || entry == Entry.CANCELLED) {
            throw new InvalidInputException("token", entry == Entry.ENDED ? "The session has ended" : "The visit was cancelled");
        }
        if (!holder.visit().isStarted()) {
            visits.lock(holder.visit());
        }
        holder.visit().startSession(now);
        holder.visit().checkWhenClosing(holder.window().closesAt());
        appointments.recordSessionStarted(holder.visit().organizationId(), holder.visit().appointmentId(), now);
        return page(holder, now);
    }

    @Override
    public long join(String token) {
        Holder holder = holder(token);
        Instant now = clock.instant();
        if (holder.entry(now) != Entry.IN_SESSION) {
            throw new InvalidInputException("token", "The session is not open: " + holder.entry(now));
        }
        arrived(holder, now);
        Attendance stay = Attendance.join(token, now);
        attendances.add(stay);
        return stay.id();
    }

    @Override
    public void leave(String token, long stayId) {
        Attendance stay = attendances.find(stayId).filter(a -> a.token().equals(token))
                .orElseThrow(() -> new NotFoundException("Stay"));
        stay.leave(clock.instant());
    }

    private VisitPage page(Holder holder, Instant now) {
        Entry entry = holder.entry(now);
        VisitWindow window = holder.window();
        String roomUrl = entry == Entry.IN_SESSION ? platform.roomUrl(holder.visit().roomName(),
                holder.link().displayName(), holder.link().role() == VisitRole.PROVIDER, window.closesAt()) : null;
        return new VisitPage(holder.link().role().key(), holder.link().displayName(), title(holder.appointment()),
                entry.name(), window.opensAt(), window.startsAt(), window.closesAt(), holder.appointment().timezone(),
                roomUrl);
    }

    /** What a visit is called: its appointment type's name. */
    private static String title(VideoAppointment appointment) {
        return appointment.typeName() != null ? appointment.typeName() : "Video visit";
    }

    private Holder holder(String token) {
        VisitLink link = token == null ? null : links.find(token).orElse(null);
        if (link == null) {
            throw new NotFoundException("Visit");
        }
        VideoVisit visit = visits.ofAppointment(link.appointmentId()).orElseThrow(() -> new NotFoundException("Visit"));
        VideoAppointment appointment = appointments.find(visit.organizationId(), link.appointmentId(), true)
                .orElseThrow(() -> new NotFoundException("Visit"));
        return new Holder(link, visit, appointment, visitRooms.window(appointment));
    }

    /** A link's holder, with everything the rules look at. */
    private record Holder(VisitLink link, VideoVisit visit, VideoAppointment appointment, VisitWindow window) {

        Entry entry(Instant now) {
            return window.entryFor(link.role(), visit.isStarted(), !appointment.active(), now);
        }
    }
}
