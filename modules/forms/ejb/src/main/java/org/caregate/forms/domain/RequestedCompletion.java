package org.caregate.forms.domain;

import java.time.Instant;

/**
 * A clinic's request that a patient fill in a form (Healthie's RequestedFormCompletion): open until the patient
 * submits the form, then completed with the filled form it produced.
 *
 * @param recurringRequestId the recurrence that sent it, or {@code null} for a one-off request
 * @param occurrenceAt       the occurrence of the recurrence it was sent for; {@code null} for the request created
 *                           with the recurrence itself and for one-off requests
 * @param formAnswerGroupId  the filled form that completed it, or {@code null} while open
 */
public record RequestedCompletion(long id, long organizationId, long senderId, long recipientId, long formId,
                                  boolean completed, Long recurringRequestId, Instant occurrenceAt,
                                  Long formAnswerGroupId, Instant createdAt, Instant completedAt) {

    /** A request not yet stored (its id is 0). */
    public static RequestedCompletion open(long organizationId, long senderId, long recipientId, long formId,
                                           Long recurringRequestId, Instant occurrenceAt, Instant now) {
        return new RequestedCompletion(0, organizationId, senderId, recipientId, formId, false, recurringRequestId,
                occurrenceAt, null, now, null);
    }

    /** The same request under the id the store gave it. */
    public RequestedCompletion withId(long newId) {
        return new RequestedCompletion(newId, organizationId, senderId, recipientId, formId, completed,
                recurringRequestId, occurrenceAt, formAnswerGroupId, createdAt, completedAt);
    }
}
