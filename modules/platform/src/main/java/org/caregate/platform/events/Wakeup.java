package org.caregate.platform.events;

import java.time.Duration;

/**
 * A doorbell for a worker that otherwise sleeps between passes: {@link #ring()} after something it should handle
 * was committed, and the worker, waiting in {@link #await(Duration)}, starts its next pass at once instead of when
 * its timer says. Rings while the worker is busy are remembered as one, so a burst of commits costs one extra pass,
 * not one per commit, and nothing rung is ever missed.
 */
public final class Wakeup {

    private final Object bell = new Object();
    private boolean rung;

    /** Asks for a pass as soon as possible. */
    public void ring() {
        synchronized (bell) {
            rung = true;
            bell.notifyAll();
        }
    }

    /**
     * Waits until rung or until the longest wait has passed, whichever comes first; a ring since the last wait ends
     * it at once.
     *
     * @return whether it was rung (false: the wait ran out)
     */
    public boolean await(Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        synchronized (bell) {
            while (!rung) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                bell.wait(Math.max(1, left / 1_000_000), 0);
            }
            rung = false;
            return true;
        }
    }
}
