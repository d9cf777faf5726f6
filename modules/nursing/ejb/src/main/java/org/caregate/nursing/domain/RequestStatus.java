package org.caregate.nursing.domain;

import java.util.Locale;

/**
 * Where an assistance request stands. It is open (the care location's current request) while incomplete — waiting
 * for a nurse, Solo's status on creation — or assigned to the nurse who accepted it; it closes completed (the nurse
 * finished) or cancelled (by the room, the EHR or a nurse).
 */
public enum RequestStatus {
    INCOMPLETE, ASSIGNED, COMPLETED, CANCELLED;

    /** The status as stored and shown: {@code incomplete}, {@code assigned}, {@code completed}, {@code cancelled}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == INCOMPLETE || this == ASSIGNED;
    }

    static RequestStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
