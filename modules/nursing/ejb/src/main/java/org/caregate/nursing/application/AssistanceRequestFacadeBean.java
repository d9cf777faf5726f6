package org.caregate.nursing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PatientCharts;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AssistanceRequestId;
import org.caregate.kernel.id.NursingLocationId;
import org.caregate.kernel.input.Access;
import org.caregate.nursing.api.AssistanceRequestFacade;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.api.Requested;
import org.caregate.nursing.api.event.AssistanceRequestEvent;
import org.caregate.nursing.domain.AssistanceRequest;
import org.caregate.nursing.domain.AssistanceRequestRepository;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.nursing.domain.RequestStatus;
import org.caregate.visits.api.ImmediateVideoVisits;

/**
 * Calls for a virtual nurse and the nurses' queue. A call names its place in one of Solo's four forms; the place's
 * care location is locked while the call looks for its open request, so calls from one place take turns and only
 * the first opens one (the database's partial unique index stands behind that). The nurse's audio/video session with
 * the room is a video visit held now by the visits context; finishing or cancelling the request ends it. Every change
 * raises an {@link AssistanceRequestEvent}.
 */
@Stateless
public class AssistanceRequestFacadeBean implements AssistanceRequestFacade {

    private static final String REQUEST = "Request";

    @Inject
    FacilityRepository facility;

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    NursingViews views;

    @EJB
    PatientCharts patients;

    @EJB
    ImmediateVideoVisits videoVisits;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public Requested call(Caller caller, CallingPlace place) {
        Access.requireMember(caller);
        CareLocation location = facility.lockCareLocation(caller.organizationId(), resolve(caller, place).id())
                .orElseThrow(() -> new NotFoundException("Device"));
        Optional<AssistanceRequest> current = requests.current(caller.organizationId(), location.id());
        if (current.isPresent()) {
            return new Requested(views.of(current.get()), false);
        }
        AssistanceRequest opened = AssistanceRequest.open(location, clock.instant());
        requests.add(opened);
        publish(caller, AssistanceRequestEvent.Action.CREATED, opened);
        return new Requested(views.of(opened), true);
    }

    @Override
    public AssistanceRequestView current(Caller caller, CallingPlace place) {
        Access.requireMember(caller);
        return views.of(currentOf(caller, place));
    }

    @Override
    public AssistanceRequestView cancelCurrent(Caller caller, CallingPlace place) {
        Access.requireMember(caller);
        return cancel(caller, currentOf(caller, place).id());
    }

    @Override
    public List<AssistanceRequestView> queue(Caller caller, NursingLocationId location) {
        Access.requireMember(caller);
        if (location != null && facility.location(caller.organizationId(), location.value()).isEmpty()) {
            throw new NotFoundException("Location");
        }
        return requests.open(caller.organizationId(), location == null ? null : location.value()).stream()
                .map(views::of).toList();
    }

    @Override
    public AssistanceRequestView request(Caller caller, AssistanceRequestId id) {
        Access.requireMember(caller);
        return views.of(requests.find(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(REQUEST)));
    }

    @Override
    public AssistanceRequestView accept(Caller caller, AssistanceRequestId id) {
        Access.requireMember(caller);
        AssistanceRequest request = lock(caller, id.value());
        request.accept(caller.userId());
        return publish(caller, AssistanceRequestEvent.Action.ASSIGNED, request);
    }

    @Override
    public AssistanceRequestView startSession(Caller caller, AssistanceRequestId id) {
        Access.requireMember(caller);
        AssistanceRequest request = lock(caller, id.value());
        boolean assignee = request.assignedTo().map(caller.userId()::equals).orElse(false);
        if (request.status() == RequestStatus.ASSIGNED && !assignee) {
            throw new ForbiddenException("Only the nurse who accepted the request may start its session");
        }
        // the request refuses first (not accepted, session already started, closed): no visit is opened for nothing
        request.requireSessionStartable();
        request.startSession(videoVisits.open(caller.organizationId(), caller.userId()).id(), clock.instant());
        return publish(caller, AssistanceRequestEvent.Action.STARTED, request);
    }

    @Override
    public AssistanceRequestView finish(Caller caller, AssistanceRequestId id) {
        Access.requireMember(caller);
        AssistanceRequest request = lock(caller, id.value());
        boolean assignee = request.assignedTo().map(caller.userId()::equals).orElse(false);
        if (!assignee && !caller.privileges().owner() && !caller.privileges().admin()
                && !caller.privileges().superAdmin()) {
            throw new ForbiddenException("Only the nurse who accepted the request (or an admin) may finish it");
        }
        request.finish(clock.instant());
        endSession(request);
        return publish(caller, AssistanceRequestEvent.Action.FINISHED, request);
    }

    @Override
    public AssistanceRequestView cancel(Caller caller, AssistanceRequestId id) {
        Access.requireMember(caller);
        return cancel(caller, id.value());
    }

    private AssistanceRequestView cancel(Caller caller, long id) {
        AssistanceRequest request = lock(caller, id);
        request.cancel(clock.instant());
        endSession(request);
        return publish(caller, AssistanceRequestEvent.Action.CANCELLED, request);
    }

    private void endSession(AssistanceRequest request) {
        request.sessionVisitId().ifPresent(visit -> videoVisits.end(request.organizationId(), visit));
    }

    private AssistanceRequest lock(Caller caller, long id) {
        return requests.lock(caller.organizationId(), id).orElseThrow(() -> new NotFoundException(REQUEST));
    }

    /** The open request of the place; a place that names no care location has none either. */
    private AssistanceRequest currentOf(Caller caller, CallingPlace place) {
        return new CallingPlaces(facility, patients).resolve(caller.organizationId(), place)
                .flatMap(location -> requests.current(caller.organizationId(), location.id()))
                .orElseThrow(() -> new NotFoundException(REQUEST));
    }

    private CareLocation resolve(Caller caller, CallingPlace place) {
        return new CallingPlaces(facility, patients).resolve(caller.organizationId(), place)
                .orElseThrow(() -> new NotFoundException("Device"));
    }

    private AssistanceRequestView publish(Caller caller, AssistanceRequestEvent.Action action,
                                          AssistanceRequest request) {
        events.publish(caller, new AssistanceRequestEvent(action, request.id()));
        return views.of(request);
    }
}
