package org.caregate.kernel.limit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caregate.kernel.error.TooManyRequestsException;

/**
 * Counts requests per key and refuses those beyond the limit, over a sliding window: the count of the current
 * fixed window plus the previous window's count weighted by how much of it still lies within the last window
 * length. Unlike plain fixed windows, this does not allow twice the limit in a burst across a window boundary.
 * Counts are kept in this server's memory: in a cluster each node enforces the limit on its own share of the
 * traffic (docs/security.md).
 */
public class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final String what;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * @param limit  how many requests one key may make per window
     * @param window the window's length
     * @param what   how the limit is described to a refused caller, e.g. "requests per second for this API key"
     */
    public RateLimiter(int limit, Duration window, Clock clock, String what) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.what = what;
    }

    /**
     * Counts one request for {@code key}.
     *
     * @throws TooManyRequestsException when the key has used up its allowance; the refused request is not counted
     */
    public void acquire(String key) {
        long now = clock.millis();
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        boolean admitted;
        long retryAfterMillis;
        synchronized (counter) {
            counter.advanceTo(now - now % windowMillis, windowMillis);
            double previousWeight = 1.0 - (double) (now - counter.windowStart) / windowMillis;
            double used = counter.previous * previousWeight + counter.current;
            admitted = used + 1 <= limit;
            if (admitted) {
                counter.current++;
            }
            retryAfterMillis = counter.windowStart + windowMillis - now;
        }
        if (!admitted) {
            long retryAfterSeconds = Math.max(1, (retryAfterMillis + 999) / 1000);
            throw new TooManyRequestsException("Rate limit exceeded: at most " + limit + " " + what
                    + ". Retry after " + retryAfterSeconds + " s.", retryAfterSeconds);
        }
        if (counters.size() > 100_000) {
            long stale = now - 2 * windowMillis;
            counters.values().removeIf(c -> c.windowStart < stale);
        }
    }

    /** The counts of one key in the current and the previous fixed window. */
    private static final class Counter {
        long windowStart;
        int previous;
        int current;

        void advanceTo(long start, long windowMillis) {
            if (start == windowStart) {
                return;
            }
            previous = start - windowStart == windowMillis ? current : 0;
            current = 0;
            windowStart = start;
        }
    }
}
