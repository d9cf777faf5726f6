package org.caregate.episodes.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organizations' episodes of care. */
public interface EpisodeRepository {

    void add(Episode episode);

    /** The organization's episode, if it has one with this id. */
    Optional<Episode> find(long organizationId, UUID id);

    /** As {@link #find}, holding the episode's row until the transaction ends, so changes to it take turns. */
    Optional<Episode> lock(long organizationId, UUID id);

    /** The patient's episodes in the organization, by first day then creation, at most {@code limit}. */
    List<Episode> ofPatient(long organizationId, long patientId, int limit);

    void flush();
}
