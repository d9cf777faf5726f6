package org.caregate.episodes.api;

import java.time.LocalDate;
import org.caregate.kernel.input.Reading;

/**
 * An episode as a client writes it, whole (Solo's create and update send every field; what is left out is
 * cleared). {@code status} is one of {@code PLANNING, WAITLIST, ACTIVE, ONHOLD, FINISHED, CANCELED}.
 *
 * @param reading what the adapter could not read (a date that is not {@code YYYY-MM-DD}), reported in its turn
 */
public record EpisodeChanges(String name, String type, LocalDate from, LocalDate to, String status, String objective,
                             String reasonIncomplete, Reading reading) {
}
