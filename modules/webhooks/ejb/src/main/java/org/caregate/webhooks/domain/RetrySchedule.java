package org.caregate.webhooks.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again, and when its subscription's owners are told and the subscription gives up.
 * Retry {@code n} (n ≥ 1) waits {@code first × 2^(n-1)}, at most {@code longest}; with the defaults 30 s, 1 min,
 * 2 min … 4 h 16 min, then every 8 h. The owners are emailed once failures have lasted {@code noticeAfter} (24 h)
 * and the subscription is disabled once they have lasted {@code giveUpAfter} (72 h) — seed 001's "retry for up to
 * 3 days", "email after approximately 24 hours", "disable after approximately 3 days". docs/webhooks.md prints the
 * schedule.
 */
public record RetrySchedule(Duration first, Duration longest, Duration noticeAfter, Duration giveUpAfter) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(8),
            Duration.ofHours(24), Duration.ofHours(72));

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.compareTo(noticeAfter) < 0) {
            throw new IllegalArgumentException("retry schedule must grow: first > 0, longest ≥ first, give up ≥ notice");
        }
    }

    /** The wait before the next try after {@code failedAttempts} failed attempts (1 after the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether failures since {@code failingSince} have lasted long enough to tell the owners. */
    public boolean dueForNotice(Instant failingSince, Instant now) {
        return !failingSince.plus(noticeAfter).isAfter(now);
    }

    /** Whether failures since {@code failingSince} have lasted long enough to disable the subscription. */
    public boolean givesUp(Instant failingSince, Instant now) {
        return !failingSince.plus(giveUpAfter).isAfter(now);
    }
}
