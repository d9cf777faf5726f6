package org.caregate.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a video call's status is derived from who arrived, who joined and who is still in the room. */
class CallProgressTest {

    private static final Instant CLOSES = Instant.parse("2026-12-07T15:00:00Z");
    private static final Instant BEFORE = CLOSES.minusSeconds(60);
    private static final Instant AFTER = CLOSES.plusSeconds(1);

    private static CallProgress facts(boolean patientArrived, boolean providerJoined, boolean patientJoined,
                                      boolean providerInRoom, boolean anybodyInRoom) {
        return new CallProgress(patientArrived, providerJoined, patientJoined, providerInRoom, anybodyInRoom, false,
                null, null, false);
    }

    @Test
    void thePatientWaitedAndNoProviderCameIsLeftWithoutBeingSeen() {
        CallProgress waited = facts(true, false, false, false, false);
        assertThat(waited.statusAt(BEFORE, CLOSES)).isEqualTo(CallStatus.WAITING);
        assertThat(waited.outcomeAtClose()).contains(CallStatus.LWBS);
        assertThat(waited.statusAt(AFTER, CLOSES)).isEqualTo(CallStatus.LWBS);
    }

    @Test
    void aProviderJoinedAndTheVisitWasNotFinishedIsIncomplete() {
        CallProgress providerAlone = facts(false, true, false, true, true);
        assertThat(providerAlone.statusAt(BEFORE, CLOSES)).isEqualTo(CallStatus.ON_CALL);
        assertThat(providerAlone.outcomeAtClose()).contains(CallStatus.INCOMPLETE);
        CallProgress stillTalking = facts(true, true, true, true, true);
        assertThat(stillTalking.outcomeAtClose()).contains(CallStatus.INCOMPLETE);
    }

    @Test
    void bothPresentAndEveryoneLeftIsComplete() {
        CallProgress met = facts(true, true, true, false, false);
        assertThat(met.statusAt(BEFORE, CLOSES)).isEqualTo(CallStatus.WAITING);
        assertThat(met.outcomeAtClose()).contains(CallStatus.COMPLETE);
        CallProgress completedByStaff = new CallProgress(false, true, false, false, false, true, null, null, false);
        assertThat(completedByStaff.outcomeAtClose()).contains(CallStatus.COMPLETE);
    }

    @Test
    void nobodyCameHasNoOutcomeAndAHoldShowsUntilTheClose() {
        assertThat(facts(false, false, false, false, false).outcomeAtClose()).isEmpty();
        assertThat(facts(false, false, false, false, false).statusAt(AFTER, CLOSES)).isEqualTo(CallStatus.INCOMPLETE);
        CallProgress held = new CallProgress(true, true, true, true, true, false, CallStatus.FINALIZING, null, false);
        assertThat(held.statusAt(BEFORE, CLOSES)).isEqualTo(CallStatus.FINALIZING);
        assertThat(held.statusAt(AFTER, CLOSES)).isEqualTo(CallStatus.INCOMPLETE);
        assertThat(facts(true, false, false, false, false).statusAt(AFTER, null)).isEqualTo(CallStatus.WAITING);
    }

    @Test
    void aClosedVisitShowsWhatWasRecorded() {
        CallProgress closed = new CallProgress(true, false, false, false, false, false, null, CallStatus.LWBS, true);
        assertThat(closed.statusAt(BEFORE, CLOSES)).isEqualTo(CallStatus.LWBS);
    }
}
