package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.Optional;
import org.caregate.kernel.id.EpisodeId;

/**
 * The episodes of care an appointment may name, as scheduling needs them: a port scheduling declares and the
 * episodes context implements, so that scheduling never compiles against episodes. Called inside scheduling's
 * transaction.
 */
@Local
public interface EpisodeCheck {

    /** The patient whose episode this is, if the organization has an episode with this id. */
    Optional<Long> patientOf(long organizationId, EpisodeId episode);
}
