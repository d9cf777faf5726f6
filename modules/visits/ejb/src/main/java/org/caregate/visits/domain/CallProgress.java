package org.caregate.visits.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What happened in a video visit, as the call's status is derived from it: who arrived and who joined, whether
 * anybody is still in the room, and what staff recorded.
 *
 * <ul>
 *   <li>At the window's close: completed by staff → complete; no provider ever joined and the patient waited →
 *       LWBS; provider and patient both joined and everybody had left → complete; a provider joined otherwise →
 *       incomplete; nobody came → nothing (no outcome, no event).</li>
 *   <li>Before it: a hold staff set; else "on call" while a provider is in the room (or has started the session
 *       and not left yet); else "waiting".</li>
 * </ul>
 *
 * @param patientArrived     the patient opened the page in the window, or joined the room
 * @param providerJoined     the session was started, or a provider joined the room
 * @param patientJoined      the patient joined the room at least once
 * @param providerInRoom     a provider's stay is open (or the session started and no provider stay was recorded)
 * @param anybodyInRoom      a stay of anybody is still open
 * @param completedByStaff   the appointment is recorded as completed
 * @param hold               the hold staff set, or {@code null}
 * @param recordedOutcome    what the sweeper recorded when the window closed, or {@code null}
 * @param closed             the sweeper closed the visit
 */
public record CallProgress(boolean patientArrived, boolean providerJoined, boolean patientJoined,
                           boolean providerInRoom, boolean anybodyInRoom, boolean completedByStaff, CallStatus hold,
                           CallStatus recordedOutcome, boolean closed) {

    /** The facts of one visit from its stays by role. */
    public static CallProgress of(VideoVisit visit, Collection<Attendance> patientStays,
                                  Collection<Attendance> providerStays, Collection<Attendance> otherStays,
                                  boolean completedByStaff) {
        boolean providerOpen = providerStays.stream().anyMatch(stay -> stay.leftAt() == null);
        boolean anyOpen = providerOpen || patientStays.stream().anyMatch(stay -> stay.leftAt() == null)
                || otherStays.stream().anyMatch(stay -> stay.leftAt() == null);
        return new CallProgress(visit.patientArrivedAt() != null || !patientStays.isEmpty(),
                visit.isStarted() || !providerStays.isEmpty(), !patientStays.isEmpty(),
                providerOpen || visit.isStarted() && providerStays.isEmpty(), anyOpen, completedByStaff,
                visit.callHold(), visit.callOutcome(), visit.isClosed());
    }

    /** What the call came to when its window closed; empty when nobody came. */
    public Optional<CallStatus> outcomeAtClose() {
        if (completedByStaff) {
            return Optional.of(CallStatus.COMPLETE);
        }
        if (!providerJoined) {
            return patientArrived ? Optional.of(CallStatus.LWBS) : Optional.empty();
        }
        return Optional.of(patientJoined && !anybodyInRoom ? CallStatus.COMPLETE : CallStatus.INCOMPLETE);
    }

    /** The call's status now, in a window that closes at {@code closesAt} ({@code null}: never). */
    public CallStatus statusAt(Instant now, Instant closesAt) {
        if (closed) {
            return recordedOutcome != null ? recordedOutcome : CallStatus.INCOMPLETE;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return outcomeAtClose().orElse(CallStatus.INCOMPLETE);
        }
        if (hold != null) {
            return hold;
        }
        return providerInRoom ? CallStatus.ON_CALL : CallStatus.WAITING;
    }
}
