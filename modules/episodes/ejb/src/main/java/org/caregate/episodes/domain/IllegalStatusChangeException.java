package org.caregate.episodes.domain;

/** An episode was asked to move to a status its own may not become (an active episode back to planning). */
public class IllegalStatusChangeException extends RuntimeException {

    private final EpisodeStatus from;
    private final EpisodeStatus to;

    public IllegalStatusChangeException(EpisodeStatus from, EpisodeStatus to) {
        super("An episode " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public EpisodeStatus from() {
        return from;
    }

    public EpisodeStatus to() {
        return to;
    }
}
