package org.caregate.nursing.api;

/**
 * A building or a department of the organization's facility.
 *
 * @param kind {@code building} (its care locations are addressed by floor, room and bed) or {@code department}
 *             (by room and bed)
 */
public record FacilityLocationView(long id, String kind, String name) {
}
