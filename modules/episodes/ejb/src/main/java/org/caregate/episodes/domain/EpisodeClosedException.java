package org.caregate.episodes.domain;

/** A finished or cancelled episode was asked to change. */
public class EpisodeClosedException extends RuntimeException {

    private final EpisodeStatus status;

    public EpisodeClosedException(EpisodeStatus status) {
        super("The episode is " + status + " and no longer changes");
        this.status = status;
    }

    public EpisodeStatus status() {
        return status;
    }
}
