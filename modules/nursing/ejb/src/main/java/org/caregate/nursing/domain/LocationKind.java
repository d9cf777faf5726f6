package org.caregate.nursing.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a facility location is: a building, whose care locations are addressed by floor, room and bed, or a
 * department, addressed by room and bed.
 */
public enum LocationKind {
    BUILDING, DEPARTMENT;

    /** The kind as stored and shown: {@code building}, {@code department}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LocationKind> named(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
