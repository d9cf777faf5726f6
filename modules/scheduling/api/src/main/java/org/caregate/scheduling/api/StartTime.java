package org.caregate.scheduling.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a requested appointment starts: a point in time, or a date and time of day still to be placed in a time
 * zone — the request's own, else the provider's, which only the booking knows.
 *
 * @param instant the point in time, when the request fixed one
 * @param local   the date and time of day otherwise
 */
public record StartTime(Instant instant, LocalDateTime local) {

    public StartTime {
        if ((instant == null) == (local == null)) {
            throw new IllegalArgumentException("a start is either a point in time or a local date and time");
        }
    }

    public static StartTime at(Instant instant) {
        return new StartTime(Objects.requireNonNull(instant), null);
    }

    public static StartTime local(LocalDateTime local) {
        return new StartTime(null, Objects.requireNonNull(local));
    }

    /** The point in time, with a local date and time read in {@code zone}. */
    public Instant in(ZoneId zone) {
        return instant != null ? instant : local.atZone(zone).toInstant();
    }
}
