package org.caregate.kernel.id;

/** The id of a document kept in a patient's or an organization's files (Healthie's Document). */
public record DocumentId(long value) {

    public DocumentId {
        Ids.requirePositive(value, "DocumentId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static DocumentId parse(String field, String raw) {
        return new DocumentId(Ids.parse(field, raw));
    }
}
