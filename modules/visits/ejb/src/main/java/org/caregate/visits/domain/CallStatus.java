package org.caregate.visits.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A video call's status as Solo shows it (seed 004 {@code videoCall.status}). Three are what the call came to when its
 * window closed (LWBS, incomplete, complete); two are holds staff set (on hold, finalizing); two are live (on call,
 * waiting).
 */
public enum CallStatus {
    LWBS("LWBS"),
    INCOMPLETE("incomplete"),
    COMPLETE("complete"),
    FINALIZING("finalizing"),
    ON_HOLD("on hold"),
    ON_CALL("on call"),
    WAITING("waiting");

    private final String soloName;

    CallStatus(String soloName) {
        this.soloName = soloName;
    }

    public String soloName() {
        return soloName;
    }

    /** The status Solo calls by this name. */
    public static Optional<CallStatus> named(String name) {
        return Arrays.stream(values()).filter(status -> status.soloName.equals(name)).findFirst();
    }

    /** Whether staff may set it: holds, and the live ones, which release a hold. */
    public boolean isSettable() {
        return this == FINALIZING || this == ON_HOLD || this == ON_CALL || this == WAITING;
    }

    /** Whether it is a hold staff set. */
    public boolean isHold() {
        return this == FINALIZING || this == ON_HOLD;
    }
}
