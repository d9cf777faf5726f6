package org.caregate.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the times a patient may book: starts within a provider's open hours, stepped by the provider's
 * calendar interval from the start of each opening, long enough for the appointment, at least the minimum
 * advance time from now, and clear of every active appointment widened by the provider's buffer on both sides.
 * Open hours are local wall-clock time in the provider's zone, so slots follow daylight-saving changes.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /** One provider's calendar as the search needs it. */
    public record ProviderCalendar(long providerId, List<Availability.OpeningHours> openings,
                                   Collection<BusyPeriod> busy, BookingRules rules) {
    }

    /** Time an appointment already holds. */
    public record BusyPeriod(Instant start, Instant end) {
    }

    /**
     * What is searched: starts in {@code [from, until)}, of {@code length}, none before {@code notBefore}
     * (now, plus the minimum advance time where it applies), stepping by {@code step} when given (a waiting room's
     * slot duration) instead of each provider's calendar interval.
     */
    public record Search(Instant from, Instant until, Duration length, Instant notBefore, Duration step) {

        /** A search stepping by each provider's own calendar interval. */
        public Search(Instant from, Instant until, Duration length, Instant notBefore) {
            this(from, until, length, notBefore, null);
        }
    }

    /** A bookable start with a provider. */
    public record Slot(long providerId, Instant start) {
    }

    /** Every bookable slot of these providers, earliest first (then by provider id). */
    public static List<Slot> slots(Collection<ProviderCalendar> calendars, Search search) {
        List<Slot> found = new ArrayList<>();
        for (ProviderCalendar calendar : calendars) {
            for (Instant start : starts(calendar, search)) {
                found.add(new Slot(calendar.providerId(), start));
            }
        }
        found.sort(Comparator.comparing(Slot::start).thenComparing(Slot::providerId));
        return found;
    }

    /**
     * How many candidate starts {@link #slots} would look at for these calendars: every start, one step apart, in
     * every open period, as far as it lies within the range. Counted per open period, without walking the starts, so
     * a search can be judged before it runs.
     */
    public static long candidateStarts(Collection<ProviderCalendar> calendars, Search search) {
        long total = 0;
        for (ProviderCalendar calendar : calendars) {
            long step = Math.max(1, (search.step() != null ? search.step() : calendar.rules().calendarInterval())
                    .toSeconds());
            for (Availability.OpeningHours opening : calendar.openings()) {
                ZoneId zone = opening.zone();
                LocalDate lastDay = search.until().atZone(zone).toLocalDate().plusDays(1);
                for (LocalDate day = search.from().atZone(zone).toLocalDate().minusDays(1); !day.isAfter(lastDay);
                     day = day.plusDays(1)) {
                    Optional<Availability.OpenPeriod> open = opening.openOn(day);
                    if (open.isEmpty()) {
                        continue;
                    }
                    Instant start = open.get().start().toInstant();
                    Instant end = open.get().end().toInstant();
                    Instant first = start.isAfter(search.from()) ? start : search.from();
                    Instant last = end.isBefore(search.until()) ? end : search.until();
                    if (first.isBefore(last)) {
                        total += Duration.between(first, last).toSeconds() / step + 1;
                    }
                }
            }
        }
        return total;
    }

    /** Whether {@code start} is one of the slots this calendar offers for an appointment of {@code length}. */
    public static boolean offers(ProviderCalendar calendar, Instant start, Duration length, Instant notBefore) {
        return starts(calendar, new Search(start, start.plusNanos(1), length, notBefore)).contains(start);
    }

    /**
     * Whether the provider is open for the whole of {@code [start, start + length)} and no appointment (widened by
     * the buffer) is in the way — whatever the calendar interval; for visits an EHR books at its own times.
     */
    public static boolean isFree(ProviderCalendar calendar, Instant start, Duration length) {
        Instant end = start.plus(length);
        if (!isClear(widenedAndMerged(calendar.busy(), calendar.rules().buffer()), start, end)) {
            return false;
        }
        for (Availability.OpeningHours opening : calendar.openings()) {
            LocalDate day = start.atZone(opening.zone()).toLocalDate();
            for (LocalDate date = day.minusDays(1); !date.isAfter(day); date = date.plusDays(1)) {
                Optional<Availability.OpenPeriod> open = opening.openOn(date);
                if (open.isPresent() && !start.isBefore(open.get().start().toInstant())
                        && !end.isAfter(open.get().end().toInstant())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TreeSet<Instant> starts(ProviderCalendar calendar, Search search) {
        TreeSet<Instant> starts = new TreeSet<>();
        Instant earliest = search.from().isAfter(search.notBefore()) ? search.from() : search.notBefore();
        if (!earliest.isBefore(search.until()) || search.length().isZero() || search.length().isNegative()) {
            return starts;
        }
        List<BusyPeriod> blocked = widenedAndMerged(calendar.busy(), calendar.rules().buffer());
        Duration step = search.step() != null ? search.step() : calendar.rules().calendarInterval();
        for (Availability.OpeningHours opening : calendar.openings()) {
            ZoneId zone = opening.zone();
            LocalDate last = search.until().atZone(zone).toLocalDate().plusDays(1);
            for (LocalDate day = earliest.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
                Optional<Availability.OpenPeriod> open = opening.openOn(day);
                if (open.isEmpty()) {
                    continue;
                }
                Instant openEnd = open.get().end().toInstant();
                for (Instant start = open.get().start().toInstant(); !start.plus(search.length()).isAfter(openEnd);
                     start = start.plus(step)) {
                    if (!start.isBefore(earliest) && start.isBefore(search.until())
                            && isClear(blocked, start, start.plus(search.length()))) {
                        starts.add(start);
                    }
                }
            }
        }
        return starts;
    }

    /** Busy periods widened by the buffer on both sides, merged into disjoint periods sorted by start. */
    static List<BusyPeriod> widenedAndMerged(Collection<BusyPeriod> busy, Duration buffer) {
        List<BusyPeriod> widened = busy.stream()
                .map(b -> new BusyPeriod(b.start().minus(buffer), b.end().plus(buffer)))
                .sorted(Comparator.comparing(BusyPeriod::start)).toList();
        List<BusyPeriod> merged = new ArrayList<>();
        for (BusyPeriod period : widened) {
            if (!merged.isEmpty() && !period.start().isAfter(merged.get(merged.size() - 1).end())) {
                BusyPeriod lastPeriod = merged.remove(merged.size() - 1);
                Instant end = period.end().isAfter(lastPeriod.end()) ? period.end() : lastPeriod.end();
                merged.add(new BusyPeriod(lastPeriod.start(), end));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    /** Whether {@code [start, end)} overlaps none of the disjoint, sorted blocked periods. */
    static boolean isClear(List<BusyPeriod> blocked, Instant start, Instant end) {
        int low = 0;
        int high = blocked.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            BusyPeriod period = blocked.get(middle);
            if (!period.end().isAfter(start)) {
                low = middle + 1;
            } else if (!period.start().isBefore(end)) {
                high = middle - 1;
            } else {
                return false;
            }
        }
        return true;
    }
}
