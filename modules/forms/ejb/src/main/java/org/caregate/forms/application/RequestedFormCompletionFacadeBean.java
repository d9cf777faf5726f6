package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.NewRequest;
import org.caregate.forms.api.RequestSearch;
import org.caregate.forms.api.RequestedCompletionView;
import org.caregate.forms.api.RequestedFormCompletionFacade;
import org.caregate.forms.api.event.RequestedFormCompletionEvent.Action;
import org.caregate.forms.api.event.RequestedFormCompletionEvent;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.Recurrence;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.RecurringFormId;
import org.caregate.kernel.id.RequestedFormCompletionId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * A clinic's form completion requests: its providers and staff send one of the organization's templates to its
 * active patients, once or on a recurrence read in each patient's time zone (the sender's, else UTC, when the
 * patient set none), list and delete them, and have a patient reminded. Each request sent, completed or deleted
 * publishes its {@code requested_form_completion} event, which outreach turns into the patient's email.
 */
@Stateless
public class RequestedFormCompletionFacadeBean implements RequestedFormCompletionFacade {

    /** The most patients one call sends a form to. */
    static final int MOST_RECIPIENTS = 100;
    static final int PAGE_SIZE = 10;
    private static final String NOT_FOUND = "Requested form completion";
    private static final String OPEN = "Open";
    private static final String COMPLETED = "Completed";

    @Inject
    RequestedCompletionRepository requests;

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<RequestedCompletionView> requests(Caller caller, RequestSearch search) {
        Access.requireMember(caller);
        Boolean completed = null;
        if (search.status() != null && !search.status().isBlank()) {
            completed = switch (search.status().strip().toLowerCase(Locale.ROOT)) {
                case "open", "incomplete" -> false;
                case "completed" -> true;
                default -> throw new InvalidInputException("status",
                        "must be Open, Incomplete or Completed");
            };
        }
        Inputs inputs = new Inputs();
        String keywords = inputs.optional("keywords", search.keywords());
        int offset = search.offset() == null ? 0 : search.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        inputs.check();
        Long recipient = search.recipient() == null ? null : search.recipient().value();
        Map<Long, FormTemplateView> forms = new HashMap<>();
        if (search.shouldPaginate()) {
            return requests.search(caller.organizationId(), recipient, keywords, completed, offset, PAGE_SIZE)
                    .stream().map(r -> view(caller, r, forms)).toList();
        }
        List<RequestedCompletion> found = requests.search(caller.organizationId(), recipient, keywords, completed,
                offset, Pages.unpagedQueryLimit());
        return Pages.withinUnpagedLimit(found, "should_paginate", "form completion requests").stream()
                .map(r -> view(caller, r, forms)).toList();
    }

    @Override
    public List<RequestedCompletionView> request(Caller caller, NewRequest request) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Set<Long> recipientIds = new LinkedHashSet<>(request.recipients().stream().map(UserId::value).toList());
        if (recipientIds.isEmpty()) {
            inputs.problem("recipient_ids", "can't be blank");
        } else if (recipientIds.size() > MOST_RECIPIENTS) {
            inputs.problem("recipient_ids", "may name at most " + MOST_RECIPIENTS + " patients");
        }
        if (request.form() == null) {
            inputs.problem("form", "can't be blank");
        }
        inputs.check();
        FormTemplate template = templates.find(caller.organizationId(), request.form().value())
                .orElseThrow(() -> new NotFoundException("Form"));
        List<Person> recipients = people.people(recipientIds).stream().filter(p -> p.isPatient() && p.active()
                && p.organizationId() == caller.organizationId()).toList();
        if (recipients.size() != recipientIds.size()) {
            throw new NotFoundException("User");
        }
        Instant now = clock.instant();
        String senderZone = people.person(caller.userId()).map(Person::timezone).orElse(null);
        List<Recurrence> recurrences = new ArrayList<>();
        for (Person recipient : recipients) {
            ZoneId zone = zone(recipient.timezone(), senderZone);
            RecurrenceInputs.read(request, zone, now.atZone(zone).toLocalDate(), inputs).ifPresent(recurrences::add);
            inputs.check();
        }
        Map<Long, FormTemplateView> forms = new HashMap<>(Map.of(template.id(), FormsViews.of(template)));
        List<RequestedCompletionView> sent = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Long recurringId = null;
            if (!recurrences.isEmpty()) {
                Recurrence recurrence = recurrences.get(i);
                Instant first = recurrence.firstAfter(now).orElseThrow(() -> new InvalidInputException("ends_on",
                        "leaves no occurrence after today"));
                recurringId = requests.addRecurring(new RecurringRequest(0, caller.organizationId(), caller.userId(),
                        recipients.get(i).id(), template.id(), recurrence, first, null, now)).id();
                audit.record(caller, "form_request_recurrence.created", "recurring_form", recurringId.toString());
            }
            RequestedCompletion created = requests.add(RequestedCompletion.open(caller.organizationId(),
                    caller.userId(), recipients.get(i).id(), template.id(), recurringId, null, now));
            events.publish(caller, new RequestedFormCompletionEvent(Action.CREATED, created.id()));
            sent.add(view(caller, created, forms));
        }
        return sent;
    }

    @Override
    public RequestedCompletionView delete(Caller caller, RequestedFormCompletionId id, RecurringFormId recurringForm) {
        Access.requireMember(caller);
        RequestedCompletion request = requests.lock(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (recurringForm != null) {
            RecurringRequest recurring = requests.lockRecurring(caller.organizationId(), recurringForm.value())
                    .orElseThrow(() -> new NotFoundException("Recurring form"));
            if (!recurring.ended()) {
                requests.advance(recurring.id(), null, clock.instant());
                audit.record(caller, "form_request_recurrence.ended", "recurring_form", recurring.id() + "");
            }
        }
        RequestedCompletionView deleted = view(caller, request, new HashMap<>());
        requests.remove(request);
        events.publish(caller, new RequestedFormCompletionEvent(Action.DELETED, request.id()));
        return deleted;
    }

    @Override
    public RequestedCompletionView remind(Caller caller, UserId patient, RequestedFormCompletionId id) {
        Access.requireMember(caller);
        RequestedCompletion request = requests.lock(caller.organizationId(), id.value())
                .filter(r -> r.recipientId() == patient.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (request.completed()) {
            throw new InvalidInputException("requested_form_completion_id",
                    "is completed already; there is nothing to remind the patient of");
        }
        events.publish(caller, new RequestedFormCompletionEvent(Action.REMINDED, request.id()));
        return view(caller, request, new HashMap<>());
    }

    private RequestedCompletionView view(Caller caller, RequestedCompletion request, Map<Long, FormTemplateView> forms) {
        FormTemplateView form = forms.computeIfAbsent(request.formId(), formId -> templates
                .find(caller.organizationId(), formId).map(FormsViews::of).orElseThrow());
        return new RequestedCompletionView(request.id(), form, request.recipientId(), request.senderId(),
                request.completed() ? COMPLETED : OPEN, request.recurringRequestId(), request.formAnswerGroupId(),
                request.createdAt(), request.completedAt());
    }

    /** The patient's zone, else the sender's, else UTC (a zone stored before it was checked counts as none). */
    static ZoneId zone(String recipientZone, String senderZone) {
        for (String zone : new String[] {recipientZone, senderZone}) {
            try {
                if (zone != null && !zone.isBlank()) {
                    return ZoneId.of(zone);
                }
            } catch (DateTimeException e) {
                // not a zone: try the next
            }
        }
        return ZoneOffset.UTC;
    }
}
