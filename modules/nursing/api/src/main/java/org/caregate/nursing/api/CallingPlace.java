package org.caregate.nursing.api;

/**
 * Where an assistance request comes from, in one of Solo's four forms: building, floor, room and bed (optional);
 * department, room and bed (optional); the MRN of the patient placed there; or the device's serial number. Fields
 * are as sent; blank counts as absent.
 */
public record CallingPlace(String building, String floor, String room, String bed, String department,
                           String patientMrn, String deviceSerialNumber) {
}
