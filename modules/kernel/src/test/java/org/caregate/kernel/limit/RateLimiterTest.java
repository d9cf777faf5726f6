package org.caregate.kernel.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.caregate.kernel.error.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00.100Z"));
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(1), clock, "requests per second");

    @Test
    void refusesTheRequestBeyondTheLimitWithinOneWindow() {
        limiter.acquire("key");
        limiter.acquire("key");
        limiter.acquire("key");
        assertThatThrownBy(() -> limiter.acquire("key"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("at most 3 requests per second")
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    void countsEachKeyOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        limiter.acquire("b");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aBurstAcrossAWindowBoundaryIsStillLimited() {
        clock.advance(Duration.ofMillis(850));                  // 0.95 s into the first window
        for (int i = 0; i < 3; i++) {
            limiter.acquire("key");
        }
        clock.advance(Duration.ofMillis(100));                  // 0.05 s into the next window
        assertThatThrownBy(() -> limiter.acquire("key")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void allowanceReturnsAsThePreviousWindowSlidesOut() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("key");
        }
        clock.advance(Duration.ofMillis(1600));                 // 0.7 s into the next window: 3 × 0.3 = 0.9 used
        limiter.acquire("key");
        limiter.acquire("key");
        assertThatThrownBy(() -> limiter.acquire("key")).isInstanceOf(TooManyRequestsException.class);
        clock.advance(Duration.ofSeconds(2));
        limiter.acquire("key");
    }

    @Test
    void refusedRequestsAreNotCounted() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("key");
        }
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> limiter.acquire("key")).isInstanceOf(TooManyRequestsException.class);
        }
        clock.advance(Duration.ofMillis(1950));                 // 0.95 s into the next window: 3 × 0.05 used
        limiter.acquire("key");
        limiter.acquire("key");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
