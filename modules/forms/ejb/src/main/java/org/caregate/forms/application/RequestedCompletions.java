package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caregate.forms.api.event.RequestedFormCompletionEvent.Action;
import org.caregate.forms.api.event.RequestedFormCompletionEvent;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.event.EventPublisher;

/**
 * What happens to form completion requests besides a member's own calls: the patient's filled form completes their
 * open requests of that form, and each recurrence sends its due occurrence. Recurrences are claimed with their rows
 * locked (a recurrence another server holds is skipped), checked again, and sent and advanced in the claiming
 * transaction, so an occurrence is sent once however many servers poll; occurrences missed while no server ran are
 * sent as one request, and a recurrence whose patient left the organization ends.
 */
@Dependent
public class RequestedCompletions {

    @Inject
    RequestedCompletionRepository requests;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    /**
     * Marks the patient's open requests of this form completed by the filled form {@code formAnswerGroupId}, each
     * publishing {@code requested_form_completion.updated}; returns the ids of the requests completed. The caller is
     * whoever submitted the form, in the patient's organization.
     */
    public List<Long> completeFor(Caller caller, long patientId, long templateId, long formAnswerGroupId) {
        Instant now = clock.instant();
        List<Long> completed = new ArrayList<>();
        for (RequestedCompletion open : requests.lockOpen(caller.organizationId(), patientId, templateId)) {
            requests.complete(open.id(), formAnswerGroupId, now);
            events.publish(caller, new RequestedFormCompletionEvent(Action.UPDATED, open.id()));
            completed.add(open.id());
        }
        return completed;
    }

    /**
     * Sends what the recurrences owe at this moment, at most {@code limit} of them; returns how many recurrences were
     * due (each sent its occurrence or ended), fewer than {@code limit} when no more are.
     */
    public int sendDue(int limit) {
        Instant now = clock.instant();
        List<RecurringRequest> due = requests.claimDue(now, limit);
        for (RecurringRequest recurring : due) {
            if (!recipientStays(recurring)) {
                requests.advance(recurring.id(), null, now);
                continue;
            }
            Optional<RequestedCompletion> created = requests.addOccurrence(RequestedCompletion.open(
                    recurring.organizationId(), recurring.senderId(), recurring.recipientId(), recurring.formId(),
                    recurring.id(), recurring.nextOccurrenceAt(), now));
            if (created.isPresent()) {
                events.publish(sender(recurring), new RequestedFormCompletionEvent(Action.CREATED,
                        created.get().id()));
            }
            Instant after = now.isAfter(recurring.nextOccurrenceAt()) ? now : recurring.nextOccurrenceAt();
            requests.advance(recurring.id(), recurring.recurrence().firstAfter(after).orElse(null), now);
        }
        return due.size();
    }

    private boolean recipientStays(RecurringRequest recurring) {
        return people.person(recurring.recipientId()).filter(p -> p.isPatient() && p.active()
                && p.organizationId() == recurring.organizationId()).isPresent();
    }

    /** The member who set the recurrence up, as the one sending its occurrences (audit and events name them). */
    private static Caller sender(RecurringRequest recurring) {
        return new Caller(recurring.senderId(), recurring.organizationId(), Role.PROVIDER, Privileges.NONE,
                "recurring-form-" + recurring.id(), null);
    }
}
