package org.caregate.visits.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

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

    /** Whole minutes spent in the visit over these stays; a stay still open counts until now or the close. */
    public long minutesAttended(Collection<Attendance> stays, Instant now) {
        Instant end = closesAt != null && closesAt.isBefore(now) ? closesAt : now;
        long seconds = 0;
        for (Attendance stay : stays) {
            Instant left = stay.leftAt() != null ? stay.leftAt() : end;
            if (left.isAfter(stay.joinedAt())) {
                seconds += Duration.between(stay.joinedAt(), left).toSeconds();
            }
        }
        return seconds / 60;
    }
}
