package org.caregate.kernel.id;

/** The id of an appointment. */
public record AppointmentId(long value) {

    public AppointmentId {
        Ids.requirePositive(value, "AppointmentId");
    }

    /** The appointment id a client sent in {@code field}; refused there when missing or malformed. */
    public static AppointmentId parse(String field, String raw) {
        return new AppointmentId(Ids.parse(field, raw));
    }
}
