package org.caregate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WakeupTest {

    private final Wakeup wakeup = new Wakeup();

    @Test
    void aRingEndsTheWaitAtOnce() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean rung = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            waiting.countDown();
            try {
                rung.set(wakeup.await(Duration.ofMinutes(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        waiting.await();
        wakeup.ring();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(worker.isAlive()).as("the worker woke long before its minute").isFalse();
        assertThat(rung).isTrue();
    }

    @Test
    void aRingWhileBusyIsKeptForTheNextWaitAndManyRingsCountAsOne() throws Exception {
        wakeup.ring();
        wakeup.ring();
        assertThat(wakeup.await(Duration.ofMinutes(1))).as("rung before the wait").isTrue();
        assertThat(wakeup.await(Duration.ofMillis(20))).as("the rings were one").isFalse();
    }

    @Test
    void withoutARingTheWaitRunsOut() throws Exception {
        long started = System.nanoTime();
        assertThat(wakeup.await(Duration.ofMillis(50))).isFalse();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }
}
