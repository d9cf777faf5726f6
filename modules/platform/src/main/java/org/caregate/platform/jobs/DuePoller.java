package org.caregate.platform.jobs;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.jboss.logging.Logger;

/**
 * Polls for work that falls due in database rows (ADR 20's pattern): every interval, runs batches — each one
 * transaction that claims due rows {@code FOR UPDATE SKIP LOCKED} — until a batch comes back short. A failing batch is
 * logged once (the rows stay due and are retried on the next poll), and the recovery once. Nothing is kept in memory,
 * so work due while no server ran is done by the first poll after a start. Used by a {@code @Singleton @Startup}
 * bean that starts it in {@code @PostConstruct} and stops it in {@code @PreDestroy}.
 */
public final class DuePoller {

    private static final Logger LOG = Logger.getLogger(DuePoller.class);

    private final String what;
    private final int batch;
    private final IntUnaryOperator runBatch;
    private ScheduledFuture<?> ticking;
    private volatile boolean failing;

    /**
     * @param what     the work, in plural words for the log ("recurring form requests")
     * @param batch    how many rows one batch claims
     * @param runBatch runs one batch of at most its argument rows and answers how many it claimed
     */
    public DuePoller(String what, int batch, IntUnaryOperator runBatch) {
        this.what = what;
        this.batch = batch;
        this.runBatch = runBatch;
    }

    /** Polls on the scheduler every {@code every}, the first time after one interval. */
    public void start(ManagedScheduledExecutorService scheduler, Duration every) {
        long millis = every.toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void poll() {
        try {
            while (runBatch.applyAsInt(batch) == batch) {
                LOG.debugf("A full batch of %s was due; running the next", what);
            }
            if (failing) {
                LOG.infof("The %s are being handled again", what);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("The %s cannot be handled now (%s); they stay due and are retried", what, e.getMessage());
                failing = true;
            }
        }
    }
}
