package org.caregate.web.solo;

import org.caregate.kernel.error.NotFoundException;

/** Numeric ids in Solo paths: anything else names nothing, so it is answered as not found. */
public final class SoloIds {

    private SoloIds() {
    }

    public static long number(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what);
        }
    }

    /** Whether {@code value} is a UUID in its canonical 8-4-4-4-12 form (a perfect answer's ids, ADR 25). */
    public static boolean isUuid(String value) {
        return value != null && value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }
}
