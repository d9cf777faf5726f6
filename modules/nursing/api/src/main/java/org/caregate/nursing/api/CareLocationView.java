package org.caregate.nursing.api;

/**
 * A room, or a bed in a room, of a building or department: where a device asks for a nurse.
 *
 * @param floor   the floor (buildings only), or {@code null}
 * @param bed     the bed, or {@code null} for the room as a whole
 * @param device  the device installed there, or {@code null}
 * @param patient the patient placed there, or {@code null}
 */
public record CareLocationView(long id, FacilityLocationView location, String name, String floor, String room,
                               String bed, DeviceView device, PlacedPatientView patient) {
}
