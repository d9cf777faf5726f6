package org.caregate.scheduling.api;

import java.time.Instant;

/**
 * A scheduled visit as outreach needs it to write to the patient: when, where to join, who to reach and how, and
 * whether it still holds.
 *
 * @param kind      {@code appointment} or {@code partner_video_room}
 * @param id        the appointment id or the room's uid
 * @param zone      the IANA zone the patient reads times in
 * @param joinUrl   the patient's video link, or {@code null} for a visit without video
 * @param cancelled whether the visit was cancelled or deleted
 */
public record OutreachVisit(String kind, String id, long organizationId, String clinicName, Instant startsAt,
                            Instant endsAt, String zone, String patientName, String patientEmail, String patientPhone,
                            String joinUrl, boolean cancelled) {
}
