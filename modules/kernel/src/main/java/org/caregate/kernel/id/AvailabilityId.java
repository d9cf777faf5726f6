package org.caregate.kernel.id;

/** The id of a provider's availability (a block of open hours). */
public record AvailabilityId(long value) {

    public AvailabilityId {
        Ids.requirePositive(value, "AvailabilityId");
    }

    /** The availability id a client sent in {@code field}; refused there when missing or malformed. */
    public static AvailabilityId parse(String field, String raw) {
        return new AvailabilityId(Ids.parse(field, raw));
    }
}
