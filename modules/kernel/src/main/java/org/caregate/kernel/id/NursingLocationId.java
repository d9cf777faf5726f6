package org.caregate.kernel.id;

/** The id of a facility location of virtual nursing (a building or a department). */
public record NursingLocationId(long value) {

    public NursingLocationId {
        Ids.requirePositive(value, "NursingLocationId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static NursingLocationId parse(String field, String raw) {
        return new NursingLocationId(Ids.parse(field, raw));
    }
}
