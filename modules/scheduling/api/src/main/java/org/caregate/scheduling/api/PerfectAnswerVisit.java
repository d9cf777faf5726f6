package org.caregate.scheduling.api;

import java.util.UUID;

/**
 * The visit a perfect answer created.
 *
 * @param encounterId   the id the answer prints (random, kept with the visit; ADR 25)
 * @param appointment   the visit
 * @param waitingRoomId the room it was booked into
 */
public record PerfectAnswerVisit(UUID encounterId, AppointmentView appointment, String waitingRoomId) {
}
