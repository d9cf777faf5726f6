package org.caregate.kernel.id;

/** The id of a recurring form completion request's schedule (Healthie's recurring form). */
public record RecurringFormId(long value) {

    public RecurringFormId {
        Ids.requirePositive(value, "RecurringFormId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static RecurringFormId parse(String field, String raw) {
        return new RecurringFormId(Ids.parse(field, raw));
    }
}
