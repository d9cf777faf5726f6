package org.caregate.episodes.domain;

/** The organization's catalogue holds a type of that name already (names differ in more than case). */
public class EpisodeTypeTakenException extends RuntimeException {

    public EpisodeTypeTakenException() {
        super("The organization has an episode type of that name");
    }
}
