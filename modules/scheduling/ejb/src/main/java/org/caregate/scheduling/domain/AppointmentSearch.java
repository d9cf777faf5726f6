package org.caregate.scheduling.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * Which appointments a list shows: whose, when, in which statuses, in what order and which page.
 *
 * @param organizationId  the caller's organization
 * @param participantId   only appointments this user takes part in, or {@code null} for the whole organization
 * @param when            the time filter
 * @param statuses        which post-meeting statuses are shown
 * @param order           the order
 * @param now             the moment "future" and "past" are measured from
 * @param afterId         keyset cursor: only appointments after this one in the order, or {@code null}
 * @param offset          rows to skip
 * @param limit           rows to return at most, or {@code null} for all
 */
public record AppointmentSearch(long organizationId, Long participantId, When when, Statuses statuses, Order order,
                                Instant now, Long afterId, int offset, Integer limit) {

    /** The time filters ("future", "upcoming", "past", "ended", "didnt-occur", "all"). */
    public enum When {
        FUTURE, PAST, ENDED, ALL;

        public static java.util.Optional<When> named(String filter) {
            return switch (filter.strip().toLowerCase(Locale.ROOT)) {
                case "future", "upcoming" -> java.util.Optional.of(FUTURE);
                case "past" -> java.util.Optional.of(PAST);
                case "ended" -> java.util.Optional.of(ENDED);
                case "all", "didnt-occur" -> java.util.Optional.of(ALL);
                default -> java.util.Optional.empty();
            };
        }
    }

    /** Which post-meeting statuses: all, active only, those that did not occur, or all but cancelled (default). */
    public enum Statuses {
        ALL, ACTIVE, DID_NOT_OCCUR, NOT_CANCELLED
    }

    /** The orders an appointment list may be sorted in. */
    public enum Order {
        DATE_ASC, DATE_DESC, CREATED_AT_ASC, CREATED_AT_DESC;

        public boolean byDate() {
            return this == DATE_ASC || this == DATE_DESC;
        }

        public boolean ascending() {
            return this == DATE_ASC || this == CREATED_AT_ASC;
        }
    }
}
