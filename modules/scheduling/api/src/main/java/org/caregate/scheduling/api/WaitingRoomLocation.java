package org.caregate.scheduling.api;

/**
 * A waiting room and the location it is mapped to (Solo's "EHR Mapping -> Set location").
 *
 * @param geolocationId the EHR's geolocation id of the location (a UUID), or {@code null} when the room has none
 * @param locationName  the location's name as the organization wrote it, or {@code null}
 */
public record WaitingRoomLocation(String waitingRoomId, String waitingRoomName, String geolocationId,
                                  String locationName) {
}
