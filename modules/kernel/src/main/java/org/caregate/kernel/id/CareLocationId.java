package org.caregate.kernel.id;

/** The id of a care location of virtual nursing (a room or bed with its device). */
public record CareLocationId(long value) {

    public CareLocationId {
        Ids.requirePositive(value, "CareLocationId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static CareLocationId parse(String field, String raw) {
        return new CareLocationId(Ids.parse(field, raw));
    }
}
