package org.caregate.kernel.id;

/** The id of a filled-out form (Healthie's FormAnswerGroup, a chart note when on a charting template). */
public record FormAnswerGroupId(long value) {

    public FormAnswerGroupId {
        Ids.requirePositive(value, "FormAnswerGroupId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static FormAnswerGroupId parse(String field, String raw) {
        return new FormAnswerGroupId(Ids.parse(field, raw));
    }
}
