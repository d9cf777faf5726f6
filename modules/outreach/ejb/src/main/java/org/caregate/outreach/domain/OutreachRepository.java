package org.caregate.outreach.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Planned messages, the visits' invitation sequence, and the inbox of consumed events. */
public interface OutreachRepository {

    /** Notes that the event is being consumed; {@code false} when it was consumed before. */
    boolean consumeOnce(UUID eventId);

    /**
     * The visit's current SEQUENCE, raised by one first when {@code raise} (a change the patient is told of). Locks the
     * visit's row for the rest of the transaction, which puts plans of one visit in a line.
     */
    int sequence(String visitKind, String visitId, long organizationId, boolean raise);

    /** Adds a message unless the same one (visit, purpose, channel, sequence) is already planned. */
    void plan(Message message);

    /** Withdraws the visit's pending reminders (a move or cancellation makes them wrong). */
    void withdrawPendingReminders(String visitKind, String visitId);

    /** Claims up to {@code limit} due messages for {@code lease}, counting the try. */
    List<Message> claimDue(int limit, Duration lease);

    void markSent(UUID id);

    /** Withdraws one message: what it said no longer holds. */
    void withdraw(UUID id, String reason);

    /** Records a failed try: due again after {@code retryIn}, or failed for good after {@code mostAttempts} tries. */
    void markFailed(UUID id, String error, Duration retryIn, int mostAttempts);

    /** Fails one message for good: it cannot be sent however often it is tried (the reason says why). */
    void markUndeliverable(UUID id, String reason);
}
