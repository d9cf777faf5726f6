package org.caregate.reports.application;

import java.time.Duration;
import java.util.UUID;

/** Where encounter reports wait for their generation: a durable message per report, sent in the caller's transaction. */
public interface GenerationQueue {

    /** Queues the report's generation, to start {@code delay} from now (zero: at once). */
    void enqueue(UUID reportId, Duration delay);
}
