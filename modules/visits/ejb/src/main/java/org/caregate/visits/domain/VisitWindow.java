package org.caregate.visits.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * When a visit may be entered (seed 000: from five minutes before the start, for sixty minutes — both
 * configurable, the session length also unlimited) and what a participant finds there at a given moment.
 *
 * @param closesAt {@code null} for a session of unlimited length
 */
public record VisitWindow(Instant opensAt, Instant startsAt, Instant closesAt) {

    /** What a participant finds when they open their link. */
    public enum Entry {
        /** Before the window opens: come back at {@code opensAt}. */
        TOO_EARLY,
        /** The window is open but the provider has not started the session: patients wait. */
        WAITING_FOR_PROVIDER,
        /** The provider may start the session now. */
        READY_TO_START,
        /** The session runs: join the room. */
        IN_SESSION,
        /** The window is over. */
        ENDED,
        /** The appointment was cancelled or deleted. */
        CANCELLED
    }

    public static VisitWindow around(Instant start, Duration earlyEntry, Duration sessionLength) {
        return new VisitWindow(start.minus(earlyEntry), start, sessionLength == null ? null : start.plus(sessionLength));
    }

    public Entry entryFor(VisitRole role, boolean started, boolean cancelled, Instant now) {
        if (cancelled) {
            return Entry.CANCELLED;
        }
        if (now.isBefore(opensAt)) {
            return Entry.TOO_EARLY;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return Entry.ENDED;
        }
        if (started) {
            return Entry.IN_SESSION;
        }
        return role == VisitRole.PROVIDER ? Entry.READY_TO_START : Entry.WAITING_FOR_PROVIDER;
    }

    /**
     * Whole minutes spent in the visit over these stays; a stay still open counts until now or the close. Stays that
     * overlap (the same link open in two tabs) count once: the minutes are those of the time covered by any stay.
     */
    public long minutesAttended(Collection<Attendance> stays, Instant now) {
        Instant end = closesAt != null && closesAt.isBefore(now) ? closesAt : now;
        List<Instant[]> covered = new ArrayList<>();
        for (Attendance stay : stays) {
            Instant left = stay.leftAt() != null ? stay.leftAt() : end;
            if (left.isAfter(stay.joinedAt())) {
                covered.add(new Instant[] {stay.joinedAt(), left});
            }
        }
        covered.sort(Comparator.comparing(interval -> interval[0]));
        long seconds = 0;
        Instant from = null;
        Instant to = null;
        for (Instant[] interval : covered) {
            if (to == null || interval[0].isAfter(to)) {
                seconds += to == null ? 0 : Duration.between(from, to).toSeconds();
                from = interval[0];
                to = interval[1];
            } else if (interval[1].isAfter(to)) {
                to = interval[1];
            }
        }
        seconds += to == null ? 0 : Duration.between(from, to).toSeconds();
        return seconds / 60;
    }
}
