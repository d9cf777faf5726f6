package org.caregate.episodes.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a client says about an episode, checked: a name, a type, the first day and perhaps the last (never before
 * the first), a status, an objective, and a reason it is incomplete only where that applies.
 */
public record EpisodeDetails(String name, String type, LocalDate from, LocalDate to, EpisodeStatus status,
                             String objective, String reasonIncomplete) {

    public EpisodeDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        if (reasonIncomplete != null && !status.incomplete()) {
            throw new IllegalArgumentException("reasonIncomplete for a " + status + " episode");
        }
    }
}
