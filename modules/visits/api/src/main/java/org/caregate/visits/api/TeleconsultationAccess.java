package org.caregate.visits.api;

import java.util.List;

/** What {@code GET /teleconsultation/{roomId}} gives the requesting participant: their link and who takes part. */
public record TeleconsultationAccess(String bandyerUserId, String accessLinkURL, List<Participant> participantsBandyerCall) {

    /** A participant of the call. */
    public record Participant(String bandyerUserId, String fullName) {
    }
}
