package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.FormTemplateFacade;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.forms.api.TemplateSearch;
import org.caregate.forms.api.event.FormTemplateEvent;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.Question;
import org.caregate.forms.domain.QuestionDefinition;
import org.caregate.forms.domain.TemplateCategory;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Form templates and their questions. Anyone reads a template by id (Healthie: "considered public to view"), a
 * signed-in caller only within their organization; members list their organization's; members with
 * {@code can_edit_forms} (owners, admins and super admins always) change, copy and share them. Every change is
 * audited; a template shared with a member also publishes {@code form_template.shared}, which outreach turns into
 * the member's email.
 */
@Stateless
public class FormTemplateFacadeBean implements FormTemplateFacade {

    private static final String TEMPLATE = "form_template";
    private static final String QUESTION = "form_question";
    private static final String NOT_FOUND = "Form";
    private static final String QUESTION_NOT_FOUND = "Question";

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public List<FormTemplateView> templates(Caller caller, TemplateSearch search) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        TemplateCategory category = null;
        if (search.category() != null && !search.category().isBlank()) {
            category = TemplateCategory.named(search.category()).orElse(null);
            if (category == null) {
                inputs.problem("category", "must be charting or program");
            }
        }
        TemplateOrder order = Listings.order(inputs, search.sortBy());
        int offset = Listings.offset(inputs, search.offset());
        inputs.check();
        String keywords = Listings.keywords(search.keywords());
        if (search.shouldPaginate()) {
            return templates.search(caller.organizationId(), search.archived(), category, keywords, order, offset,
                    Listings.PAGE_SIZE).stream().map(FormsViews::of).toList();
        }
        List<FormTemplate> found = templates.search(caller.organizationId(), search.archived(), category, keywords,
                order, offset, Pages.unpagedQueryLimit());
        return Pages.withinUnpagedLimit(found, "should_paginate", "form templates").stream().map(FormsViews::of)
                .toList();
    }

    @Override
    public FormTemplateView template(Caller caller, CustomModuleFormId id) {
        return FormsViews.of((caller.isAuthenticated() ? templates.find(caller.organizationId(), id.value())
                : templates.find(id.value())).orElseThrow(() -> new NotFoundException(NOT_FOUND)));
    }

    @Override
    public FormTemplateView createTemplate(Caller caller, TemplateChanges template) {
        Editors.require(caller);
        Inputs inputs = new Inputs();
        String name = inputs.required("name", template.name());
        inputs.check();
        Instant now = clock.instant();
        FormTemplate created = FormTemplate.create(caller.organizationId(), caller.userId(), name, now);
        created.useFor(Boolean.TRUE.equals(template.useForCharting()), Boolean.TRUE.equals(template.useForProgram()),
                now);
        templates.add(created);
        audit.record(caller, "form_template.created", TEMPLATE, created.id().toString());
        return FormsViews.of(created);
    }

    @Override
    public FormTemplateView updateTemplate(Caller caller, TemplateChanges changes) {
        Editors.require(caller);
        FormTemplate template = find(caller, changes.id());
        Inputs inputs = new Inputs();
        String name = changes.name() == null ? null : inputs.required("name", changes.name());
        inputs.check();
        Instant now = clock.instant();
        if (name != null) {
            template.rename(name, now);
        }
        if (changes.useForCharting() != null || changes.useForProgram() != null) {
            template.useFor(changes.useForCharting() != null ? changes.useForCharting() : template.useForCharting(),
                    changes.useForProgram() != null ? changes.useForProgram() : template.useForProgram(), now);
        }
        if (changes.archived() != null) {
            template.archive(changes.archived(), now);
        }
        audit.record(caller, "form_template.updated", TEMPLATE, template.id().toString());
        return FormsViews.of(template);
    }

    @Override
    public FormTemplateView deleteTemplate(Caller caller, CustomModuleFormId id) {
        Editors.require(caller);
        FormTemplate template = find(caller, id);
        FormTemplateView deleted = FormsViews.of(template);
        templates.remove(template);
        audit.record(caller, "form_template.deleted", TEMPLATE, id.value() + "");
        return deleted;
    }

    @Override
    public List<FormTemplateView> copyTemplates(Caller caller, List<CustomModuleFormId> ids, UserId owner) {
        Editors.require(caller);
        if (owner != null && !caller.privileges().superAdmin()) {
            throw new ForbiddenException("Only super admins may copy forms to another member (user_id)");
        }
        Inputs inputs = new Inputs();
        if (ids.isEmpty()) {
            inputs.problem("id", "can't be blank");
        }
        if (ids.size() > Pages.UNPAGED_LIMIT) {
            inputs.problem("id_list", "may name at most " + Pages.UNPAGED_LIMIT + " forms");
        }
        if (owner != null && people.person(owner.value()).filter(p -> !p.isPatient() && p.active()
                && p.organizationId() == caller.organizationId()).map(Person::id).isEmpty()) {
            inputs.problem("user_id", "User not found");
        }
        inputs.check();
        List<FormTemplate> originals = new ArrayList<>();
        for (CustomModuleFormId id : ids) {
            originals.add(find(caller, id));
        }
        return copy(caller, originals, owner != null ? owner.value() : caller.userId());
    }

    @Override
    public FormTemplateView shareTemplate(Caller caller, CustomModuleFormId id, String recipientEmail) {
        Editors.require(caller);
        Inputs inputs = new Inputs();
        String email = inputs.email("form_share_recipient", recipientEmail, true);
        inputs.check();
        Person member = people.membersOf(caller.organizationId()).stream()
                .filter(p -> p.email() != null && p.email().strip().equalsIgnoreCase(email)).findFirst()
                .orElseThrow(() -> new InvalidInputException("form_share_recipient",
                        "must be the email address of a member of your organization"));
        FormTemplateView copy = copy(caller, List.of(find(caller, id)), member.id()).get(0);
        events.publish(caller, new FormTemplateEvent(FormTemplateEvent.Action.SHARED, copy.id()));
        return copy;
    }

    /** Independent copies of the templates, questions and all, owned by {@code ownerId}; each audited. */
    private List<FormTemplateView> copy(Caller caller, List<FormTemplate> originals, long ownerId) {
        Instant now = clock.instant();
        List<FormTemplateView> copies = new ArrayList<>();
        for (FormTemplate original : originals) {
            FormTemplate copy = original.copyFor(ownerId, now);
            templates.add(copy);
            audit.record(caller, "form_template.copied", TEMPLATE, copy.id().toString());
            copies.add(FormsViews.of(copy));
        }
        return copies;
    }

    @Override
    public QuestionView createQuestion(Caller caller, QuestionChanges question) {
        Editors.require(caller);
        if (question.formId() == null) {
            throw new InvalidInputException("custom_module_form_id", "can't be blank");
        }
        FormTemplate template = find(caller, question.formId());
        QuestionDefinition definition = QuestionInputs.definition(question, null);
        Question asked = template.ask(definition, clock.instant());
        templates.flush();
        audit.record(caller, "form_question.created", QUESTION, asked.id().toString());
        return FormsViews.of(template, asked);
    }

    @Override
    public QuestionView updateQuestion(Caller caller, QuestionChanges changes) {
        Editors.require(caller);
        FormTemplate template = holding(caller, changes.id());
        Question question = template.question(changes.id().value()).orElseThrow();
        template.redefine(question, QuestionInputs.definition(changes, question.definition()), clock.instant());
        audit.record(caller, "form_question.updated", QUESTION, question.id().toString());
        return FormsViews.of(template, question);
    }

    @Override
    public QuestionView deleteQuestion(Caller caller, CustomModuleId id) {
        Editors.require(caller);
        FormTemplate template = holding(caller, id);
        Question question = template.question(id.value()).orElseThrow();
        QuestionView deleted = FormsViews.of(template, question);
        template.remove(question, clock.instant());
        audit.record(caller, "form_question.deleted", QUESTION, id.value() + "");
        return deleted;
    }

    @Override
    public FormTemplateView reorderQuestions(Caller caller, CustomModuleFormId id, List<CustomModuleId> order) {
        Editors.require(caller);
        FormTemplate template = find(caller, id);
        if (order.stream().anyMatch(question -> template.question(question.value()).isEmpty())) {
            throw new NotFoundException(QUESTION_NOT_FOUND);
        }
        if (!template.reorder(order.stream().map(CustomModuleId::value).toList(), clock.instant())) {
            throw new InvalidInputException("custom_module_ids", "must name every question of the form once");
        }
        audit.record(caller, "form_template.reordered", TEMPLATE, template.id().toString());
        return FormsViews.of(template);
    }

    private FormTemplate find(Caller caller, CustomModuleFormId id) {
        return templates.lock(caller.organizationId(), id.value()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private FormTemplate holding(Caller caller, CustomModuleId id) {
        return templates.holding(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(QUESTION_NOT_FOUND));
    }
}
