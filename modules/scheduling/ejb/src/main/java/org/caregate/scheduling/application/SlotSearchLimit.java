package org.caregate.scheduling.application;

import java.time.Duration;
import java.time.Instant;
import org.caregate.kernel.error.InvalidInputException;

/**
 * How much one slot search may ask for: every calendar it looks at is walked in steps of the appointment's length
 * over the range, so the work is calendars × range ÷ length. A search past {@link #MAX_CANDIDATE_STARTS} is refused
 * before any calendar is read (a one-second Solo slot over 62 days, or an organization-wide search of every member
 * over two months), and the client narrows the range or the providers (docs/scheduling.md).
 */
final class SlotSearchLimit {

    static final long MAX_CANDIDATE_STARTS = 250_000;

    private SlotSearchLimit() {
    }

    /**
     * @throws InvalidInputException naming {@code field} when the search would walk more candidate starts than allowed
     */
    static void require(String field, int calendars, Instant from, Instant until, Duration length) {
        long steps = Duration.between(from, until).toSeconds() / Math.max(1, length.toSeconds());
        if (calendars * steps > MAX_CANDIDATE_STARTS) {
            throw new InvalidInputException(field, "asks for more than " + MAX_CANDIDATE_STARTS + " possible slots ("
                    + calendars + " calendars over the range in steps of " + length.toSeconds() + " seconds); narrow "
                    + "the range or the providers, or lengthen the slots");
        }
    }
}
