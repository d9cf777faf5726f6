package org.caregate.kernel.id;

/** The id of a form completion request (Healthie's RequestedFormCompletion). */
public record RequestedFormCompletionId(long value) {

    public RequestedFormCompletionId {
        Ids.requirePositive(value, "RequestedFormCompletionId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static RequestedFormCompletionId parse(String field, String raw) {
        return new RequestedFormCompletionId(Ids.parse(field, raw));
    }
}
