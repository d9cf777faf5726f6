package org.caregate.scheduling.application;

import java.util.Collection;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.domain.SlotFinder;

/**
 * How much one slot search may ask for: every open period of every calendar it looks at is walked in steps — the
 * search's own (Solo's slot duration) or each provider's calendar interval. A search with more than
 * {@link #MAX_CANDIDATE_STARTS} candidate starts is refused before any is walked (one-second Solo slots over 62
 * days, or an organization-wide search of many members over two months), and the client narrows the range or the
 * providers (docs/scheduling.md).
 */
final class SlotSearchLimit {

    static final long MAX_CANDIDATE_STARTS = 250_000;

    private SlotSearchLimit() {
    }

    /** @throws InvalidInputException naming {@code field} when the search has more candidate starts than allowed */
    static void require(String field, Collection<SlotFinder.ProviderCalendar> calendars, SlotFinder.Search search) {
        long starts = SlotFinder.candidateStarts(calendars, search);
        if (starts > MAX_CANDIDATE_STARTS) {
            throw new InvalidInputException(field, "asks for more than " + MAX_CANDIDATE_STARTS + " possible slots ("
                    + starts + " starts in the open hours of " + calendars.size() + " calendars); narrow the range or"
                    + " the providers, or lengthen the slots");
        }
    }
}
