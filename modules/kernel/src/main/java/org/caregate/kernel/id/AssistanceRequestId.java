package org.caregate.kernel.id;

/** The id of an assistance request (a call for a virtual nurse from a care location). */
public record AssistanceRequestId(long value) {

    public AssistanceRequestId {
        Ids.requirePositive(value, "AssistanceRequestId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static AssistanceRequestId parse(String field, String raw) {
        return new AssistanceRequestId(Ids.parse(field, raw));
    }
}
