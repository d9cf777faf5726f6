package org.caregate.forms.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where form completion requests and their recurrences are kept, always within one organization. */
public interface RequestedCompletionRepository {

    /** Stores a new request; returns it with its id. */
    RequestedCompletion add(RequestedCompletion request);

    /**
     * Stores the request a recurrence owes for one occurrence, unless that occurrence already has its request: the
     * stored request, or empty when another transaction (another server, an earlier run) created it first.
     */
    Optional<RequestedCompletion> addOccurrence(RequestedCompletion request);

    /** The organization's request with this id. */
    Optional<RequestedCompletion> find(long organizationId, long id);

    /** The organization's request with this id, locked until the transaction ends. */
    Optional<RequestedCompletion> lock(long organizationId, long id);

    void remove(RequestedCompletion request);

    /**
     * The organization's requests, newest first: of one recipient (when given), whose form's name contains
     * {@code keywords} (when given), open or completed (when given), from {@code offset}, at most {@code limit}.
     */
    List<RequestedCompletion> search(long organizationId, Long recipientId, String keywords, Boolean completed,
                                     int offset, int limit);

    /** Locks and returns the recipient's open requests of this form. */
    List<RequestedCompletion> lockOpen(long organizationId, long recipientId, long formId);

    /** Marks the request completed by the filled form. */
    void complete(long id, long formAnswerGroupId, Instant at);

    /** Stores a new recurrence; returns it with its id. */
    RecurringRequest addRecurring(RecurringRequest recurring);

    /** The organization's recurrence with this id, locked until the transaction ends. */
    Optional<RecurringRequest> lockRecurring(long organizationId, long id);

    /**
     * Claims up to {@code limit} recurrences whose next occurrence is due at {@code now}, locked until the transaction
     * ends; recurrences another transaction holds are skipped, not waited for.
     */
    List<RecurringRequest> claimDue(Instant now, int limit);

    /** Moves the recurrence on to its next occurrence, or ends it ({@code next} is {@code null}) at {@code now}. */
    void advance(long id, Instant next, Instant now);
}
