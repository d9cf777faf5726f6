package org.caregate.nursing.api;

import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;

/**
 * A new care location, or changes to one: fields left {@code null} stay as they are on a change. A device is
 * installed by giving its serial number and type together.
 *
 * @param id       the care location to change; {@code null} to create one
 * @param location the building or department it belongs to (on creation)
 */
public record CareLocationChanges(CareLocationId id, NursingLocationId location, String name, String floor,
                                  String room, String bed, String deviceSerialNumber, String deviceType,
                                  String deviceClientId, Boolean skipActivation) {
}
