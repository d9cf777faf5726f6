package org.caregate.kernel.id;

/** The id of an appointment type. */
public record AppointmentTypeId(long value) {

    public AppointmentTypeId {
        Ids.requirePositive(value, "AppointmentTypeId");
    }

    /** The appointment type id a client sent in {@code field}; refused there when missing or malformed. */
    public static AppointmentTypeId parse(String field, String raw) {
        return new AppointmentTypeId(Ids.parse(field, raw));
    }
}
