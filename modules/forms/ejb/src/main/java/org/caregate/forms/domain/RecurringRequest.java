package org.caregate.forms.domain;

import java.time.Instant;

/**
 * A form request sent to one patient again and again (Healthie's recurring form): the form, the recurrence and the
 * next occurrence still to send. Ended when the clinic deletes it or its last day has passed; an ended one keeps
 * its row so that its occurrences stay unique.
 *
 * @param nextOccurrenceAt the next occurrence to send, or {@code null} once ended
 */
public record RecurringRequest(long id, long organizationId, long senderId, long recipientId, long formId,
                               Recurrence recurrence, Instant nextOccurrenceAt, Instant endedAt, Instant createdAt) {

    public boolean ended() {
        return endedAt != null;
    }
}
