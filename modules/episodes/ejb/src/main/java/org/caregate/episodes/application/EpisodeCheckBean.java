package org.caregate.episodes.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caregate.episodes.domain.Episode;
import org.caregate.episodes.domain.EpisodeRepository;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.scheduling.api.EpisodeCheck;

/**
 * Scheduling's {@link EpisodeCheck} port: whose episode an appointment names, so that an appointment joins only
 * an episode of its own patient in its own organization.
 */
@Stateless
public class EpisodeCheckBean implements EpisodeCheck {

    @Inject
    EpisodeRepository episodes;

    @Override
    public Optional<Long> patientOf(long organizationId, EpisodeId episode) {
        return episodes.find(organizationId, episode.value()).map(Episode::patientId);
    }
}
