package org.caregate.nursing.domain;

import java.util.Locale;

/**
 * Where an assistance request stands. It is open (the care location's current request) while incomplete — waiting
 * for a nurse, Solo's status on creation —, assigned to the nurse who accepted it, or in progress (the nurse is in an
 * audio/video session with the room); it closes completed (the nurse finished) or cancelled (by the room, the EHR
 * or a nurse).
 */
public enum RequestStatus {
    INCOMPLETE, ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The status as stored and shown: {@code incomplete}, {@code assigned}, {@code in_progress}, {@code completed}, {@code cancelled}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == INCOMPLETE || this == ASSIGNED || this == IN_PROGRESS;
    }

    static RequestStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
