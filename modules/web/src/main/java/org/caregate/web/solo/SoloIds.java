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
}
