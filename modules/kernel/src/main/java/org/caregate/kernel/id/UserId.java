package org.caregate.kernel.id;

/** The id of a user: a patient, a provider or a staff member. */
public record UserId(long value) {

    public UserId {
        Ids.requirePositive(value, "UserId");
    }

    /** The user id a client sent in {@code field}; refused there when missing or malformed. */
    public static UserId parse(String field, String raw) {
        return new UserId(Ids.parse(field, raw));
    }
}
