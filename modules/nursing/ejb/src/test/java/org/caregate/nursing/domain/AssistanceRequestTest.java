package org.caregate.nursing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssistanceRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static CareLocation room() throws ReflectiveOperationException {
        FacilityLocation building = FacilityLocation.create(1, LocationKind.BUILDING, "hospital", NOW);
        Field id = FacilityLocation.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(building, 5L);
        CareLocation room = CareLocation.create(building, "ICC-CL-01-02", "floor 2", "431", "bed 2", NOW);
        Field roomId = CareLocation.class.getDeclaredField("id");
        roomId.setAccessible(true);
        roomId.set(room, 9L);
        room.place(44);
        return room;
    }

    @Test
    void aNewRequestWaitsForANurseAndRemembersThePatientPlacedThere() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        assertEquals(RequestStatus.INCOMPLETE, request.status());
        assertEquals(Optional.of(44L), request.patientId());
        assertEquals(9, request.careLocationId());
        assertTrue(request.status().isOpen());
        assertEquals("incomplete", request.status().wire());
    }

    @Test
    void acceptedThenFinished() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        request.accept(7);
        assertEquals(RequestStatus.ASSIGNED, request.status());
        assertEquals(Optional.of(7L), request.assignedTo());
        request.finish(NOW.plusSeconds(60));
        assertEquals(RequestStatus.COMPLETED, request.status());
        assertEquals(Optional.of(NOW.plusSeconds(60)), request.finishedAt());
        assertFalse(request.status().isOpen());
    }

    @Test
    void aRequestIsAcceptedOnceAndFinishedOnlyOnceAccepted() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        assertEquals("id: must be accepted before it is finished",
                assertThrows(InvalidInputException.class, () -> request.finish(NOW)).getMessage());
        request.accept(7);
        assertEquals("id: has already been accepted",
                assertThrows(InvalidInputException.class, () -> request.accept(8)).getMessage());
        assertEquals(Optional.of(7L), request.assignedTo());
    }

    @Test
    void aClosedRequestStaysClosed() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        request.cancel(NOW);
        assertEquals(RequestStatus.CANCELLED, request.status());
        assertEquals("id: is already cancelled",
                assertThrows(InvalidInputException.class, () -> request.cancel(NOW)).getMessage());
        assertEquals("id: is already cancelled",
                assertThrows(InvalidInputException.class, () -> request.accept(7)).getMessage());
    }

    @Test
    void aSessionStartsOnceOnAnAcceptedRequestAndEndsWithIt() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        assertEquals("id: must be accepted before a session is started",
                assertThrows(InvalidInputException.class, () -> request.startSession(900, NOW)).getMessage());
        request.accept(7);
        Instant started = NOW.plusSeconds(60);
        request.startSession(900, started);
        assertEquals(RequestStatus.IN_PROGRESS, request.status());
        assertTrue(request.status().isOpen());
        assertEquals(Optional.of(900L), request.sessionVisitId());
        assertEquals(Optional.of(started), request.sessionStartedAt());
        assertEquals(Optional.empty(), request.sessionEndedAt());
        assertEquals("id: already has a session",
                assertThrows(InvalidInputException.class, () -> request.startSession(901, NOW)).getMessage());
        assertEquals("id: has already been accepted",
                assertThrows(InvalidInputException.class, () -> request.accept(8)).getMessage());
        Instant finished = NOW.plusSeconds(600);
        request.finish(finished);
        assertEquals(RequestStatus.COMPLETED, request.status());
        assertEquals(Optional.of(finished), request.sessionEndedAt());
        assertEquals("id: is already completed",
                assertThrows(InvalidInputException.class, () -> request.startSession(902, NOW)).getMessage());
    }

    @Test
    void cancellingARequestInProgressEndsItsSession() throws ReflectiveOperationException {
        AssistanceRequest request = AssistanceRequest.open(room(), NOW);
        request.accept(7);
        request.startSession(900, NOW);
        request.cancel(NOW.plusSeconds(5));
        assertEquals(RequestStatus.CANCELLED, request.status());
        assertEquals(Optional.of(NOW.plusSeconds(5)), request.sessionEndedAt());
    }
}
