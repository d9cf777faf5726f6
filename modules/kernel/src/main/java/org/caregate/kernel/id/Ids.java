package org.caregate.kernel.id;

import org.caregate.kernel.input.Inputs;

/** What every typed id shares: a positive number, read from a client's text as {@link Inputs#requiredId} reads it. */
final class Ids {

    private Ids() {
    }

    /** The id in {@code raw}; refuses on {@code field} with "can't be blank" or "is not a valid id". */
    static long parse(String field, String raw) {
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId(field, raw);
        inputs.check();
        return id;
    }

    static void requirePositive(long value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
