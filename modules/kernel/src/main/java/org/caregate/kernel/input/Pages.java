package org.caregate.kernel.input;

import java.util.List;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Lists a client asks for without paging ({@code should_paginate: false}, or Healthie's default where it does not
 * page): one answer holds at most {@link #UNPAGED_LIMIT} rows, and a client with more pages through them. The
 * answer is refused rather than cut short, so a client never takes a partial list for the whole.
 */
public final class Pages {

    /** The most rows one unpaged answer holds (docs/security.md, "Limits"). */
    public static final int UNPAGED_LIMIT = 1000;

    private Pages() {
    }

    /** The row limit to query an unpaged list with: one more than it may hold, so that too many can be told. */
    public static int unpagedQueryLimit() {
        return UNPAGED_LIMIT + 1;
    }

    /**
     * The rows of an unpaged list queried with {@link #unpagedQueryLimit()}.
     *
     * @throws InvalidInputException naming {@code field} when there are more than {@link #UNPAGED_LIMIT}
     */
    public static <T> List<T> withinUnpagedLimit(List<T> rows, String field, String what) {
        if (rows.size() > UNPAGED_LIMIT) {
            throw new InvalidInputException(field, "More than " + UNPAGED_LIMIT + " " + what
                    + " match; page through them with should_paginate and page_size");
        }
        return rows;
    }
}
