package org.caregate.nursing.application;

import static org.caregate.nursing.application.InMemoryNursing.ORG;
import static org.caregate.nursing.application.InMemoryNursing.OTHER_ORG;
import static org.caregate.nursing.application.InMemoryNursing.admin;
import static org.caregate.nursing.application.InMemoryNursing.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AssistanceRequestId;
import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.AvSessionView;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.api.CareLocationChanges;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.Requested;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssistanceRequestFacadeBeanTest {

    private InMemoryNursing nursing;
    private CareLocationView room;
    private CareLocationView ward;

    @BeforeEach
    void facility() {
        nursing = new InMemoryNursing();
        nursing.patient(44, ORG, "1234");
        long hospital = nursing.facility.createLocation(admin(1, ORG), "building", "hospital").id();
        long emergency = nursing.facility.createLocation(admin(1, ORG), "department", "emergency department").id();
        room = nursing.facility.createCareLocation(admin(1, ORG), new CareLocationChanges(null,
                new NursingLocationId(hospital), "ICC-CL-01-02", "floor 2", "431", "bed 2", "123457", "robot", null,
                true));
        ward = nursing.facility.createCareLocation(admin(1, ORG), new CareLocationChanges(null,
                new NursingLocationId(emergency), "ED-431", null, "431", null, "555", "cart", null, null));
        nursing.facility.placePatient(member(2, ORG), new CareLocationId(room.id()), "1234");
    }

    private static CallingPlace device(String serial) {
        return new CallingPlace(null, null, null, null, null, null, serial);
    }

    @Test
    void eachOfTheFourFormsFindsItsCareLocation() {
        Requested first = nursing.queue.call(member(2, ORG),
                new CallingPlace("Hospital", "floor 2", "431", "bed 2", null, null, null));
        assertTrue(first.created());
        assertEquals(room.id(), first.request().careLocation().id());
        assertEquals("1234", first.request().patient().mrn());
        assertEquals(first.request().id(), nursing.queue.call(member(2, ORG),
                new CallingPlace(null, null, null, null, null, "1234", null)).request().id());
        assertEquals(first.request().id(), nursing.queue.call(member(2, ORG), device("123457")).request().id());
        Requested department = nursing.queue.call(member(2, ORG),
                new CallingPlace(null, null, "431", null, "Emergency Department", null, null));
        assertEquals(ward.id(), department.request().careLocation().id());
        assertNull(department.request().patient());
        assertEquals(List.of("assistance_request.created " + first.request().id(),
                "assistance_request.created " + department.request().id()), nursing.events);
    }

    @Test
    void aCallFromAPlaceWithAnOpenRequestIsAnsweredWithIt() {
        Requested first = nursing.queue.call(member(2, ORG), device("123457"));
        Requested again = nursing.queue.call(member(3, ORG), device("123457"));
        assertFalse(again.created());
        assertEquals(first.request().id(), again.request().id());
        assertEquals(1, nursing.requests.size());
    }

    @Test
    void anIncompletePlaceIsRefusedAndAnUnknownOneIsNotFound() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> nursing.queue.call(
                member(2, ORG), new CallingPlace("hospital", null, "431", null, null, " ", null)));
        assertEquals("place", missing.problems().get(0).field());
        assertThrows(NotFoundException.class, () -> nursing.queue.call(member(2, ORG), device("999")));
        assertThrows(NotFoundException.class, () -> nursing.queue.call(member(2, ORG),
                new CallingPlace("hospital", "floor 3", "431", "bed 2", null, null, null)));
        assertThrows(NotFoundException.class, () -> nursing.queue.call(member(2, OTHER_ORG), device("123457")));
        assertThrows(NotFoundException.class, () -> nursing.queue.current(member(2, ORG), device("123457")));
    }

    @Test
    void acceptThenFinishThenTheLocationMayCallAgain() {
        long id = nursing.queue.call(member(2, ORG), device("123457")).request().id();
        AssistanceRequestId request = new AssistanceRequestId(id);
        AssistanceRequestView accepted = nursing.queue.accept(member(3, ORG), request);
        assertEquals("assigned", accepted.status());
        assertEquals(3L, accepted.assignedTo());
        assertThrows(ForbiddenException.class, () -> nursing.queue.finish(member(4, ORG), request));
        AssistanceRequestView finished = nursing.queue.finish(member(3, ORG), request);
        assertEquals("completed", finished.status());
        assertEquals(InMemoryNursing.NOW, finished.finishedAt());
        assertThrows(NotFoundException.class, () -> nursing.queue.current(member(2, ORG), device("123457")));
        assertTrue(nursing.queue.call(member(2, ORG), device("123457")).created());
        assertEquals(List.of("assistance_request.created " + id, "assistance_request.assigned " + id,
                "assistance_request.finished " + id, "assistance_request.created " + (id + 1)), nursing.events);
    }

    @Test
    void theQueueListsOpenRequestsOfTheCallersOrganizationOnly() {
        long id = nursing.queue.call(member(2, ORG), device("123457")).request().id();
        nursing.queue.call(member(2, ORG), device("555"));
        assertEquals(2, nursing.queue.queue(member(2, ORG), null).size());
        assertEquals(List.of(id), nursing.queue.queue(member(2, ORG),
                new NursingLocationId(room.location().id())).stream().map(AssistanceRequestView::id).toList());
        assertTrue(nursing.queue.queue(member(9, OTHER_ORG), null).isEmpty());
        assertThrows(NotFoundException.class, () -> nursing.queue.accept(member(9, OTHER_ORG),
                new AssistanceRequestId(id)));
        AssistanceRequestView cancelled = nursing.queue.cancelCurrent(member(2, ORG), device("123457"));
        assertEquals("cancelled", cancelled.status());
        assertEquals(1, nursing.queue.queue(member(2, ORG), null).size());
    }

    @Test
    void patientsMayNotCall() {
        assertThrows(ForbiddenException.class, () -> nursing.queue.call(InMemoryNursing.patientCaller(44, ORG),
                device("123457")));
    }

    @Test
    void theAcceptingNurseStartsASessionWhichFinishingEnds() {
        long id = nursing.queue.call(member(2, ORG), device("123457")).request().id();
        AssistanceRequestId request = new AssistanceRequestId(id);
        assertThrows(InvalidInputException.class, () -> nursing.queue.startSession(member(3, ORG), request));
        nursing.queue.accept(member(3, ORG), request);
        assertThrows(ForbiddenException.class, () -> nursing.queue.startSession(member(4, ORG), request));
        assertThrows(NotFoundException.class, () -> nursing.queue.startSession(member(3, OTHER_ORG), request));
        assertTrue(nursing.videoVisits.isEmpty(), "a refused start opens no visit");

        AssistanceRequestView started = nursing.queue.startSession(member(3, ORG), request);
        assertEquals("in_progress", started.status());
        assertEquals(1, started.avSessions().size());
        AvSessionView session = started.avSessions().get(0);
        assertEquals("in_progress", session.status());
        assertEquals(InMemoryNursing.NOW, session.startedAt());
        assertEquals("https://care.test/visit/host" + session.id(), session.nurseUrl());
        assertEquals("https://care.test/visit/guest" + session.id(), session.deviceUrl());
        assertEquals(3L, nursing.videoVisits.get(session.id())[1]);
        assertThrows(InvalidInputException.class, () -> nursing.queue.startSession(member(3, ORG), request));
        assertEquals(id, nursing.queue.current(member(2, ORG), device("123457")).id(), "still the current request");

        AssistanceRequestView finished = nursing.queue.finish(member(3, ORG), request);
        assertEquals("completed", finished.status());
        assertEquals("ended", finished.avSessions().get(0).status());
        assertEquals(InMemoryNursing.NOW, finished.avSessions().get(0).endedAt());
        assertEquals(List.of(session.id()), nursing.endedVisits);
        assertEquals(List.of("assistance_request.created " + id, "assistance_request.assigned " + id,
                "assistance_request.started " + id, "assistance_request.finished " + id), nursing.events);
    }

    @Test
    void cancellingARequestInProgressEndsItsVisit() {
        long id = nursing.queue.call(member(2, ORG), device("123457")).request().id();
        AssistanceRequestId request = new AssistanceRequestId(id);
        nursing.queue.accept(member(3, ORG), request);
        long visit = nursing.queue.startSession(member(3, ORG), request).avSessions().get(0).id();
        assertEquals("cancelled", nursing.queue.cancelCurrent(member(2, ORG), device("123457")).status());
        assertEquals(List.of(visit), nursing.endedVisits);
    }
}
