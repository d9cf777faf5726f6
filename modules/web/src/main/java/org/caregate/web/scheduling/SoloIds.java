package org.caregate.web.scheduling;

import org.caregate.kernel.error.NotFoundException;

/** Numeric ids in Solo paths: anything else names nothing, so it is answered as not found. */
final class SoloIds {

    private SoloIds() {
    }

    static long number(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what);
        }
    }
}
