package org.caregate.forms.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;

/** Form requests and recurrences in maps, unique per (recurrence, occurrence) like the table; locks are not modelled. */
final class InMemoryRequests implements RequestedCompletionRepository {

    final Map<Long, RequestedCompletion> requests = new TreeMap<>();
    final Map<Long, RecurringRequest> recurring = new TreeMap<>();
    private final LongFunction<String> formNames;
    private long nextId = 100;

    InMemoryRequests(LongFunction<String> formNames) {
        this.formNames = formNames;
    }

    @Override
    public RequestedCompletion add(RequestedCompletion request) {
        RequestedCompletion stored = request.withId(nextId++);
        requests.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<RequestedCompletion> addOccurrence(RequestedCompletion request) {
        boolean taken = requests.values().stream().anyMatch(r -> r.recurringRequestId() != null
                && r.recurringRequestId().equals(request.recurringRequestId())
                && Objects.equals(r.occurrenceAt(), request.occurrenceAt()));
        return taken ? Optional.empty() : Optional.of(add(request));
    }

    @Override
    public Optional<RequestedCompletion> find(long organizationId, long id) {
        return Optional.ofNullable(requests.get(id)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<RequestedCompletion> lock(long organizationId, long id) {
        return find(organizationId, id);
    }

    @Override
    public void remove(RequestedCompletion request) {
        requests.remove(request.id());
    }

    @Override
    public List<RequestedCompletion> search(long organizationId, Long recipientId, String keywords, Boolean completed,
                                            int offset, int limit) {
        return requests.values().stream().filter(r -> r.organizationId() == organizationId)
                .filter(r -> recipientId == null || r.recipientId() == recipientId)
                .filter(r -> keywords == null || formNames.apply(r.formId()).toLowerCase(Locale.ROOT)
                        .contains(keywords.toLowerCase(Locale.ROOT)))
                .filter(r -> completed == null || r.completed() == completed)
                .sorted(Comparator.comparing(RequestedCompletion::id).reversed()).skip(offset).limit(limit).toList();
    }

    @Override
    public List<RequestedCompletion> lockOpen(long organizationId, long recipientId, long formId) {
        return requests.values().stream().filter(r -> r.organizationId() == organizationId
                && r.recipientId() == recipientId && r.formId() == formId && !r.completed()).toList();
    }

    @Override
    public void complete(long id, long formAnswerGroupId, Instant at) {
        RequestedCompletion r = requests.get(id);
        requests.put(id, new RequestedCompletion(id, r.organizationId(), r.senderId(), r.recipientId(), r.formId(),
                true, r.recurringRequestId(), r.occurrenceAt(), formAnswerGroupId, r.createdAt(), at));
    }

    @Override
    public RecurringRequest addRecurring(RecurringRequest r) {
        RecurringRequest stored = new RecurringRequest(nextId++, r.organizationId(), r.senderId(), r.recipientId(),
                r.formId(), r.recurrence(), r.nextOccurrenceAt(), r.endedAt(), r.createdAt());
        recurring.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<RecurringRequest> lockRecurring(long organizationId, long id) {
        return Optional.ofNullable(recurring.get(id)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public List<RecurringRequest> claimDue(Instant now, int limit) {
        return recurring.values().stream().filter(r -> !r.ended() && !r.nextOccurrenceAt().isAfter(now))
                .sorted(Comparator.comparing(RecurringRequest::nextOccurrenceAt)).limit(limit).toList();
    }

    @Override
    public void advance(long id, Instant next, Instant now) {
        RecurringRequest r = recurring.get(id);
        recurring.put(id, new RecurringRequest(id, r.organizationId(), r.senderId(), r.recipientId(), r.formId(),
                r.recurrence(), next, next == null ? now : null, r.createdAt()));
    }
}
