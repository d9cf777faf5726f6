package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caregate.forms.api.AnswerInput;
import org.caregate.forms.api.FilledFormChanges;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormSearch;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.api.NewFilledForm;
import org.caregate.forms.api.VisitNote;
import org.caregate.forms.api.VisitNoteAnswer;
import org.caregate.forms.api.event.FormAnswerGroupEvent;
import org.caregate.forms.domain.AppointmentRole;
import org.caregate.forms.domain.FilledForm;
import org.caregate.forms.domain.FilledFormRepository;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.GivenAnswer;
import org.caregate.forms.domain.Question;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.FormAnswerGroupId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;

/**
 * Filled-out forms. Members (providers and staff) fill forms on their organization's patients — chart notes too —
 * and read them all; a patient fills the organization's non-charting forms for themselves and reads their own.
 * Answers are checked against their questions and, once a form is finished, every required question must be
 * answered. Providers and staff lock finished forms; providers sign them (which locks them); a locked form never
 * changes and cannot be deleted. Every change is an integration event (and so audited).
 */
@Stateless
public class FilledFormFacadeBean implements FilledFormFacade {

    private static final String NOT_FOUND = "Form answer group";
    private static final String ANSWERS = "form_answers";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Inject
    FilledFormRepository forms;

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @EJB
    AppointmentFacade appointments;

    @Inject
    EventPublisher events;

    @Inject
    RequestedCompletions requests;

    Clock clock = Clock.systemUTC();

    @Override
    public FilledFormView create(Caller caller, NewFilledForm form) {
        Access.requireAuthenticated(caller);
        FormTemplate template = templates.share(caller.organizationId(), form.template().value())
                .orElseThrow(() -> new NotFoundException("Form"));
        if (template.archived()) {
            throw new InvalidInputException("custom_module_form_id", "The form is archived: it is not filled any more");
        }
        long patient = patientOf(caller, form.userId() == null ? null : form.userId().value(), template);
        AppointmentView appointment = form.appointment() == null ? null : appointmentOf(caller, form.appointment(),
                patient);
        Instant now = clock.instant();
        FilledForm filled = FilledForm.fill(template, patient, caller.userId(),
                appointment == null ? null : appointment.id(), now);
        Inputs inputs = new Inputs();
        Map<Question, GivenAnswer> answers = read(template, patient, form.answers(), inputs);
        answers.forEach((question, answer) -> filled.answer(question, answer, now));
        if (form.finished()) {
            requireComplete(template, filled, inputs);
        }
        inputs.check();
        if (form.finished()) {
            filled.finish(now);
        }
        if (appointment != null) {
            attachTo(filled, appointment, template);
        }
        forms.add(filled);
        publish(caller, form.finished() ? FormAnswerGroupEvent.Action.CREATED : FormAnswerGroupEvent.Action.DRAFTED,
                filled);
        return FilledFormViews.of(filled, template);
    }

    @Override
    public FilledFormView filledForm(Caller caller, FormAnswerGroupId id) {
        FilledForm form = visible(caller, id);
        return FilledFormViews.of(form, template(form));
    }

    @Override
    public List<FilledFormView> filledForms(Caller caller, FilledFormSearch search) {
        Access.requireAuthenticated(caller);
        Long userId = search.userId() == null ? null : search.userId().value();
        if (caller.isPatient()) {
            if (userId != null && userId != caller.userId().longValue()) {
                throw new ForbiddenException("Patients may only see their own forms");
            }
            userId = caller.userId();
        }
        int offset = search.offset() == null ? 0 : search.offset();
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative");
        }
        Instant from = null;
        Instant until = null;
        if (search.date() != null) {
            ZoneId zone = zoneOf(caller.userId());
            from = search.date().atStartOfDay(zone).toInstant();
            until = search.date().plusDays(1).atStartOfDay(zone).toInstant();
        }
        Long filler = search.filler() == null ? null : search.filler().value();
        Long template = search.template() == null ? null : search.template().value();
        List<FilledForm> found = forms.search(caller.organizationId(), userId, filler, template, caller.isMember(),
                from, until, offset, search.paged() ? Listings.PAGE_SIZE : Pages.unpagedQueryLimit());
        if (!search.paged()) {
            found = Pages.withinUnpagedLimit(found, "should_paginate", "filled forms");
        }
        return found.stream().map(form -> FilledFormViews.of(form, template(form))).toList();
    }

    @Override
    public FilledFormView update(Caller caller, FilledFormChanges changes) {
        Access.requireAuthenticated(caller);
        // the template is shared before the form is locked, the order every writer of forms and templates keeps
        FormTemplate template = forms.templateOf(caller.organizationId(), changes.id().value())
                .flatMap(id -> templates.share(caller.organizationId(), id)).orElse(null);
        FilledForm form = changeable(caller, changes.id());
        if (template == null || !template.id().equals(form.templateId())) {
            throw new InvalidInputException("id", "The form's template was deleted: its answers can no longer change");
        }
        Inputs inputs = new Inputs();
        Map<Question, GivenAnswer> answers = read(template, form.userId(), changes.answers(), inputs);
        Instant now = clock.instant();
        answers.forEach((question, answer) -> form.answer(question, answer, now));
        boolean finishing = Boolean.TRUE.equals(changes.finished()) && !form.finished();
        if (Boolean.FALSE.equals(changes.finished()) && form.finished()) {
            inputs.problem("finished", "A finished form stays finished");
        }
        if (finishing || form.finished()) {
            requireComplete(template, form, inputs);
        }
        inputs.check();
        if (finishing) {
            form.finish(now);
        }
        forms.flush();
        publish(caller, finishing ? FormAnswerGroupEvent.Action.CREATED : FormAnswerGroupEvent.Action.UPDATED, form);
        return FilledFormViews.of(form, template);
    }

    @Override
    public FilledFormView lock(Caller caller, FormAnswerGroupId id) {
        Access.requireMember(caller);
        FilledForm form = lockable(caller, id);
        if (!form.lock(caller.userId(), clock.instant())) {
            throw new InvalidInputException("id", "The form is locked already");
        }
        publish(caller, FormAnswerGroupEvent.Action.LOCKED, form);
        return FilledFormViews.of(form, template(form));
    }

    @Override
    public FilledFormView sign(Caller caller, FormAnswerGroupId id) {
        Access.requireMember(caller);
        if (caller.role() != Role.PROVIDER) {
            throw new ForbiddenException("Only providers sign forms");
        }
        FilledForm form = lockable(caller, id);
        if (form.signed()) {
            throw new InvalidInputException("id", "The form is signed already");
        }
        boolean wasLocked = form.locked();
        form.sign(caller.userId(), clock.instant());
        if (!wasLocked) {
            publish(caller, FormAnswerGroupEvent.Action.LOCKED, form);
        }
        publish(caller, FormAnswerGroupEvent.Action.SIGNED, form);
        return FilledFormViews.of(form, template(form));
    }

    @Override
    public FilledFormView delete(Caller caller, FormAnswerGroupId id) {
        FilledForm form = changeable(caller, id);
        FilledFormView deleted = FilledFormViews.of(form, template(form));
        forms.remove(form);
        events.publish(caller, new FormAnswerGroupEvent(FormAnswerGroupEvent.Action.DELETED, id.value()));
        return deleted;
    }

    @Override
    public List<FilledFormView> forAppointments(Caller caller, List<Long> appointmentIds) {
        if (!caller.isAuthenticated() || appointmentIds.isEmpty()) {
            return List.of();
        }
        return forms.onAppointments(caller.organizationId(), new HashSet<>(appointmentIds)).stream()
                .filter(form -> caller.isMember() || !form.charting() && form.userId() == caller.userId())
                .map(form -> FilledFormViews.of(form, template(form))).toList();
    }

    @Override
    public Optional<VisitNote> visitNote(Caller caller, AppointmentId appointment) {
        Access.requireMember(caller);
        AppointmentView visit = appointments.appointment(caller, appointment, false);
        return forms.onAppointment(caller.organizationId(), visit.id(), AppointmentRole.CHARTING)
                .map(note -> visitNoteOf(note, template(note)));
    }

    @Override
    public VisitNote writeVisitNote(Caller caller, AppointmentId appointment, String templateName,
                                    List<VisitNoteAnswer> answers) {
        Access.requireMember(caller);
        AppointmentView visit = appointments.appointment(caller, appointment, false);
        if (visit.patientId() == null || people.person(visit.patientId()).filter(Person::active).isEmpty()) {
            throw new InvalidInputException("appointmentId", "The appointment has no active patient to write a note on");
        }
        Inputs inputs = new Inputs();
        String name = inputs.required("name", templateName);
        inputs.check();
        FormTemplate template = chartingTemplateNamed(caller, name);
        forms.lockAppointment(visit.id());
        Optional<FilledForm> existing = forms.lockOnAppointment(caller.organizationId(), visit.id(),
                AppointmentRole.CHARTING);
        if (existing.isPresent() && !template.id().equals(existing.get().templateId())) {
            throw new InvalidInputException("name", "The appointment's visit note is on the template \""
                    + existing.get().name() + "\"");
        }
        if (existing.isPresent() && existing.get().locked()) {
            throw new InvalidInputException("appointmentId", "The visit note is locked and can no longer change");
        }
        Instant now = clock.instant();
        FilledForm note = existing.orElseGet(() -> FilledForm.fill(template, visit.patientId(), caller.userId(),
                visit.id(), now));
        Set<Question> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            VisitNoteAnswer answer = answers.get(i);
            String at = "question " + (i + 1);
            Optional<Question> question = template.questions().stream()
                    .filter(q -> q.uuid().toString().equalsIgnoreCase(String.valueOf(answer.questionUuid())))
                    .findFirst();
            if (question.isEmpty()) {
                inputs.problem("questions", at + " (" + answer.questionUuid() + ") not found on \"" + template.name()
                        + "\"");
            } else if (!answered.add(question.get())) {
                inputs.problem("questions", at + " (" + question.get().label() + ") is answered twice");
            } else {
                try {
                    note.answer(question.get(), AnswerRules.read(question.get(), String.join("\n", answer.values())),
                            now);
                } catch (AnswerRules.Refused refused) {
                    inputs.problem("questions", at + " (" + question.get().label() + ") " + refused.getMessage());
                }
            }
        }
        requireComplete(template, note, inputs);
        inputs.check();
        boolean finishing = !note.finished();
        if (finishing) {
            note.finish(now);
        }
        if (existing.isEmpty()) {
            forms.add(note);
        } else {
            forms.flush();
        }
        publish(caller, finishing ? FormAnswerGroupEvent.Action.CREATED : FormAnswerGroupEvent.Action.UPDATED, note);
        return visitNoteOf(note, template);
    }

    /**
     * Raises the form's event; a form completed ({@code CREATED}) also completes the patient's open requests for its
     * template ("submitting the form completes the request").
     */
    private void publish(Caller caller, FormAnswerGroupEvent.Action action, FilledForm form) {
        events.publish(caller, new FormAnswerGroupEvent(action, form.id()));
        if (action == FormAnswerGroupEvent.Action.CREATED && form.templateId() != null) {
            requests.completeFor(caller, form.userId(), form.templateId(), form.id());
        }
    }

    private VisitNote visitNoteOf(FilledForm note, FormTemplate template) {
        return new VisitNote(FilledFormViews.of(note, template), template == null ? null : FormsViews.of(template),
                template == null ? List.of() : FilledFormViews.sections(template), zoneOf(note.userId()).getId());
    }

    /** The organization's one active charting template of this name, shared as a form is filled on it. */
    private FormTemplate chartingTemplateNamed(Caller caller, String name) {
        List<FormTemplate> named = templates.named(caller.organizationId(), name);
        if (named.isEmpty()) {
            throw new InvalidInputException("name", "No active charting template is called \"" + name + "\"");
        }
        if (named.size() > 1) {
            throw new InvalidInputException("name", "Several active charting templates are called \"" + name
                    + "\": rename or archive all but one");
        }
        return templates.share(caller.organizationId(), named.get(0).id())
                .orElseThrow(() -> new InvalidInputException("name", "No active charting template is called \""
                        + name + "\""));
    }

    /**
     * The patient whose chart the form goes on: a patient's own; for a member, the organization's active patient
     * named. Patients do not write chart notes.
     */
    private long patientOf(Caller caller, Long userId, FormTemplate template) {
        if (caller.isPatient()) {
            if (userId != null && userId != caller.userId().longValue()) {
                throw new ForbiddenException("Patients may only fill in forms for themselves");
            }
            if (template.useForCharting()) {
                throw new ForbiddenException("Only providers and staff write chart notes");
            }
            return caller.userId();
        }
        if (userId == null) {
            throw new InvalidInputException("user_id", "can't be blank");
        }
        return people.person(userId).filter(p -> p.isPatient() && p.active()
                        && p.organizationId() == caller.organizationId()).map(Person::id)
                .orElseThrow(() -> new NotFoundException("User"));
    }

    /**
     * The caller's appointment of this patient: its one patient (an attendee of a group appointment has no form of
     * their own on it, as an appointment has one place for each kind of form).
     */
    private AppointmentView appointmentOf(Caller caller, AppointmentId id, long patient) {
        AppointmentView appointment = appointments.appointment(caller, id, false);
        if (!Long.valueOf(patient).equals(appointment.patientId())) {
            throw new InvalidInputException("appointment_id", "is not an appointment of the form's patient");
        }
        return appointment;
    }

    /** Takes the appointment's place for a chart note (or booking form): one of each per appointment. */
    private void attachTo(FilledForm form, AppointmentView appointment, FormTemplate template) {
        forms.lockAppointment(appointment.id());
        AppointmentRole role = AppointmentRole.of(template);
        if (forms.onAppointment(form.organizationId(), appointment.id(), role).isPresent()) {
            throw new InvalidInputException("appointment_id", role == AppointmentRole.CHARTING
                    ? "The appointment has a chart note already (form_answer_group)"
                    : "The appointment has a filled form already (filled_embed_form)");
        }
    }

    /** The answers sent, each checked; every problem reported at its place in the list. */
    private static Map<Question, GivenAnswer> read(FormTemplate template, long patient, List<AnswerInput> sent,
                                                   Inputs inputs) {
        Map<Question, GivenAnswer> answers = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        if (sent.size() > Pages.UNPAGED_LIMIT) {
            inputs.problem(ANSWERS, "may hold at most " + Pages.UNPAGED_LIMIT + " answers");
            return answers;
        }
        for (int i = 0; i < sent.size(); i++) {
            AnswerInput input = sent.get(i);
            String at = "answer " + (i + 1);
            Inputs ids = new Inputs();
            Long questionId = ids.requiredId("custom_module_id", input.customModuleId());
            Long userId = input.userId() == null || input.userId().isBlank() ? null
                    : ids.id("user_id", input.userId());
            if (ids.hasProblems()) {
                ids.problems().forEach(problem -> inputs.problem(ANSWERS, at + ": " + problem.field() + " "
                        + problem.message()));
                continue;
            }
            Optional<Question> question = template.question(questionId);
            if (question.isEmpty()) {
                inputs.problem(ANSWERS, at + ": question " + questionId + " not found on the form");
            } else if (!seen.add(questionId)) {
                inputs.problem(ANSWERS, at + ": question " + questionId + " is answered twice");
            } else if (userId != null && userId != patient) {
                inputs.problem(ANSWERS, at + ": user_id must be the form's patient (" + patient + ")");
            } else {
                try {
                    answers.put(question.get(), AnswerRules.read(question.get(), input.answer()));
                } catch (AnswerRules.Refused refused) {
                    inputs.problem(ANSWERS, at + " (" + question.get().label() + ") " + refused.getMessage());
                }
            }
        }
        return answers;
    }

    /** Every required question of the template answered: what a finished form needs. */
    private static void requireComplete(FormTemplate template, FilledForm form, Inputs inputs) {
        for (Question question : template.questions()) {
            if (question.required() && form.answerTo(question.id())
                    .map(answer -> answer.answer().isBlank()).orElse(true)) {
                inputs.problem(ANSWERS, "question " + question.id() + " (" + question.label()
                        + ") is required to finish the form");
            }
        }
    }

    /** A form the caller may see: members any of the organization's, a patient their own non-charting ones. */
    private FilledForm visible(Caller caller, FormAnswerGroupId id) {
        Access.requireAuthenticated(caller);
        return forms.find(caller.organizationId(), id.value())
                .filter(form -> caller.isMember() || !form.charting() && form.userId() == caller.userId())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** A form the caller may change: locked until the transaction ends, and not locked for good. */
    private FilledForm changeable(Caller caller, FormAnswerGroupId id) {
        Access.requireAuthenticated(caller);
        FilledForm form = forms.lock(caller.organizationId(), id.value())
                .filter(f -> caller.isMember() || !f.charting() && f.userId() == caller.userId())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (form.locked()) {
            throw new InvalidInputException("id", "The form is locked and can no longer change");
        }
        if (caller.isPatient() && (form.finished() || form.fillerId() != caller.userId())) {
            throw new ForbiddenException("Patients may change only drafts they started themselves");
        }
        return form;
    }

    private FilledForm lockable(Caller caller, FormAnswerGroupId id) {
        FilledForm form = forms.lock(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!form.finished()) {
            throw new InvalidInputException("id", "A draft cannot be locked or signed: finish it first");
        }
        return form;
    }

    private FormTemplate template(FilledForm form) {
        return form.templateId() == null ? null : templates.find(form.templateId()).orElse(null);
    }

    /** A person's time zone: theirs when they set one, else UTC. */
    private ZoneId zoneOf(long userId) {
        return people.person(userId).map(Person::timezone).filter(zone -> zone != null && !zone.isBlank())
                .map(ZoneId::of).orElse(UTC);
    }
}
