package org.caregate.episodes.domain;

import java.util.List;
import java.util.Optional;

/** The organizations' catalogues of episode types. */
public interface EpisodeTypeRepository {

    /**
     * Adds the type to its organization's catalogue.
     *
     * @throws EpisodeTypeTakenException when the catalogue has one of that name, whatever its case
     */
    void add(EpisodeType type);

    /** The organization's types, by name. */
    List<EpisodeType> of(long organizationId);

    Optional<EpisodeType> find(long organizationId, long id);

    void remove(EpisodeType type);
}
