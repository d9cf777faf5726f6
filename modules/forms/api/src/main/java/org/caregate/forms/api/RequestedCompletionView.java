package org.caregate.forms.api;

import java.time.Instant;

/**
 * A form completion request as clients see it.
 *
 * @param status            {@code Open} until the patient submits the form, then {@code Completed}
 * @param recurringFormId   the recurrence that sent it, or {@code null} for a one-off request
 * @param formAnswerGroupId the filled form that completed it, or {@code null}
 */
public record RequestedCompletionView(long id, FormTemplateView form, long recipientId, long senderId, String status,
                                      Long recurringFormId, Long formAnswerGroupId, Instant createdAt,
                                      Instant completedAt) {
}
