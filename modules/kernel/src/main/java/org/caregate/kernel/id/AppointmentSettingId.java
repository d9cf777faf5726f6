package org.caregate.kernel.id;

/** The id of an appointment setting: the booking rules of a provider's calendar or of an appointment type. */
public record AppointmentSettingId(long value) {

    public AppointmentSettingId {
        Ids.requirePositive(value, "AppointmentSettingId");
    }

    /** The appointment setting id a client sent in {@code field}; refused there when missing or malformed. */
    public static AppointmentSettingId parse(String field, String raw) {
        return new AppointmentSettingId(Ids.parse(field, raw));
    }
}
