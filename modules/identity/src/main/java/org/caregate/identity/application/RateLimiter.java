package org.caregate.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.caregate.kernel.error.TooManyRequestsException;

/**
 * Counts requests per key in fixed windows and refuses those beyond the limit. Limits are kept in this server's
 * memory: in a cluster each node enforces them on its own share of the traffic (docs/security.md).
 */
public class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final String what;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

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
     * @throws TooManyRequestsException when the key has used up the current window
     */
    public void acquire(String key) {
        long now = clock.millis();
        long windowStart = now - now % windowMillis;
        Window window = windows.compute(key, (k, current) ->
                current == null || current.start != windowStart ? new Window(windowStart) : current);
        if (window.count.incrementAndGet() > limit) {
            long retryAfterSeconds = Math.max(1, (windowStart + windowMillis - now + 999) / 1000);
            throw new TooManyRequestsException("Rate limit exceeded: at most " + limit + " " + what
                    + ". Retry after " + retryAfterSeconds + " s.", retryAfterSeconds);
        }
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.start < windowStart);
        }
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
