package org.caregate.visits.api;

import java.util.List;

/**
 * The body of {@code POST}/{@code PATCH /teleconsultation}: participants either as a list of user ids
 * ({@code participantIds}) or as {@code number} + {@code data}; start and end as ISO 8601. {@code null}
 * leaves a field as it is (PATCH).
 */
public record TeleconsultationRequest(List<String> participantIds, Integer number, List<ParticipantData> data,
                                      String startDate, String endDate) {

    /** One participant: the id they are known by, their groups, the name and language the frontend shows. */
    public record ParticipantData(String userExternalId, List<String> groups, String fullName, String language) {
    }
}
