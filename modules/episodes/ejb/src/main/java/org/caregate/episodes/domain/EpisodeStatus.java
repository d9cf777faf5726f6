package org.caregate.episodes.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an episode of care stands, after FHIR's EpisodeOfCare status: planned, on the waiting list, active, on
 * hold, finished or cancelled. Finished and cancelled episodes are closed for good.
 *
 * <pre>
 * PLANNING -> WAITLIST, ACTIVE, CANCELED
 * WAITLIST -> ACTIVE, CANCELED
 * ACTIVE   -> ONHOLD, FINISHED, CANCELED
 * ONHOLD   -> ACTIVE, FINISHED, CANCELED
 * FINISHED, CANCELED: terminal
 * </pre>
 */
public enum EpisodeStatus {
    PLANNING, WAITLIST, ACTIVE, ONHOLD, FINISHED, CANCELED;

    /** Every status, as Solo lists them in its requests. */
    public static final String NAMES = "PLANNING, WAITLIST, ACTIVE, ONHOLD, FINISHED, CANCELED";

    /** The status a client named, in any case. */
    public static Optional<EpisodeStatus> named(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether the episode is closed: nothing about it changes any more. */
    public boolean terminal() {
        return this == FINISHED || this == CANCELED;
    }

    /** Whether an episode may move from this status to {@code next}; staying where it is is always allowed. */
    public boolean mayBecome(EpisodeStatus next) {
        return next == this || successors().contains(next);
    }

    /** Whether a reason it is incomplete applies: the episode is paused or was called off. */
    public boolean incomplete() {
        return this == ONHOLD || this == CANCELED;
    }

    /** How Solo prints the status when reading an episode. */
    public String readName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private Set<EpisodeStatus> successors() {
        return switch (this) {
            case PLANNING -> EnumSet.of(WAITLIST, ACTIVE, CANCELED);
            case WAITLIST -> EnumSet.of(ACTIVE, CANCELED);
            case ACTIVE -> EnumSet.of(ONHOLD, FINISHED, CANCELED);
            case ONHOLD -> EnumSet.of(ACTIVE, FINISHED, CANCELED);
            case FINISHED, CANCELED -> EnumSet.noneOf(EpisodeStatus.class);
        };
    }
}
