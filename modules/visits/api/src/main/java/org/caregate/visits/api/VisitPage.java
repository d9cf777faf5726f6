package org.caregate.visits.api;

import java.time.Instant;

/**
 * What the holder of a visit link finds now.
 *
 * @param role     "patient", "provider" or "participant"
 * @param entry    TOO_EARLY, WAITING_FOR_PROVIDER, READY_TO_START, IN_SESSION, ENDED or CANCELLED
 * @param closesAt {@code null} for an unlimited session
 * @param roomUrl  where to enter the room on the video platform; only while IN_SESSION
 */
public record VisitPage(String role, String displayName, String title, String entry, Instant opensAt, Instant startsAt,
                        Instant closesAt, String timezone, String roomUrl) {
}
