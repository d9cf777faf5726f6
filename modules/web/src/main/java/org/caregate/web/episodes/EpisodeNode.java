package org.caregate.web.episodes;

import org.caregate.episodes.api.EpisodeView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** An episode of care as staff portals read it over GraphQL (Caregate addition): Solo's fields in Healthie's case. */
@Name("EpisodeOfCare")
public record EpisodeNode(
        @Id @Name("id") String id,
        @Name("user_id") String userId,
        @Name("external_patient_id") String externalPatientId,
        @Name("name") String name,
        @Name("type") String type,
        @Name("from") String from,
        @Name("to") String to,
        @Name("status") String status,
        @Name("objective") String objective,
        @Name("reason_incomplete") String reasonIncomplete,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt) {

    static EpisodeNode of(EpisodeView episode) {
        return new EpisodeNode(episode.id(), Long.toString(episode.patientId()), episode.patientExternalId(),
                episode.name(), episode.type(), episode.from().toString(),
                episode.to() == null ? null : episode.to().toString(), episode.status(), episode.objective(),
                episode.reasonIncomplete(), episode.createdAt().toString(), episode.updatedAt().toString());
    }
}
