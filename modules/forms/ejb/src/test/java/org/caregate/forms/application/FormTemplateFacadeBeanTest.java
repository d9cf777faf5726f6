package org.caregate.forms.application;

import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.anonymous;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;
import static org.caregate.forms.application.InMemoryForms.superAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.forms.api.TemplateSearch;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.UserId;
import org.junit.jupiter.api.Test;

class FormTemplateFacadeBeanTest {

    private static final Caller EDITOR = member(7, ORG, true);
    private static final Caller OUTSIDER = member(9, OTHER_ORG, true);
    private static final TemplateSearch ACTIVE = new TemplateSearch(false, null, null, null, null, false);

    private final InMemoryForms forms = new InMemoryForms();
    private final FormTemplateFacadeBean facade = forms.facade;

    @Test
    void createsAndListsTheOrganizationsTemplates() {
        FormTemplateView intake = create("Intake", true);
        create("Allergies", false);
        facade.createTemplate(OUTSIDER, new TemplateChanges(null, "Elsewhere", null, null, null));

        assertEquals(List.of("Allergies", "Intake"), names(facade.templates(EDITOR, ACTIVE)));
        assertEquals(List.of("Intake"), names(facade.templates(EDITOR,
                new TemplateSearch(false, "charting", null, null, null, false))));
        assertEquals(List.of("Intake"), names(facade.templates(EDITOR,
                new TemplateSearch(false, null, "TAK", null, null, false))));
        assertEquals(List.of("Intake", "Allergies"), names(facade.templates(EDITOR,
                new TemplateSearch(false, null, null, "name_desc", null, false))));
        assertEquals(7, intake.ownerUserId());
        assertTrue(forms.audit.contains("form_template.created " + intake.id()));
    }

    @Test
    void archivedTemplatesAreListedOnlyWhenAskedFor() {
        FormTemplateView form = create("Intake", false);
        facade.updateTemplate(EDITOR, new TemplateChanges(id(form), null, null, null, true));
        assertEquals(List.of(), names(facade.templates(EDITOR, ACTIVE)));
        assertEquals(List.of("Intake"), names(facade.templates(EDITOR,
                new TemplateSearch(true, null, null, null, null, false))));
        assertTrue(facade.template(EDITOR, id(form)).archived(), "still readable by id");
    }

    @Test
    void refusesAnUnknownCategoryOrSort() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> facade.templates(EDITOR,
                new TemplateSearch(false, "sport", null, "size", -1, false)));
        assertEquals(List.of("category", "sort_by", "offset"),
                refused.problems().stream().map(FieldMessage::field).toList());
    }

    @Test
    void anyoneReadsATemplateByIdButASignedInCallerOnlyTheirOrganizations() {
        FormTemplateView form = create("Intake", false);
        assertEquals("Intake", facade.template(anonymous(), id(form)).name());
        assertEquals("Intake", facade.template(patient(20, ORG), id(form)).name());
        assertThrows(NotFoundException.class, () -> facade.template(OUTSIDER, id(form)));
        assertThrows(NotFoundException.class, () -> facade.template(anonymous(), new CustomModuleFormId(999)));
    }

    @Test
    void onlyMembersListAndOnlyEditorsChange() {
        FormTemplateView form = create("Intake", false);
        assertThrows(ForbiddenException.class, () -> facade.templates(patient(20, ORG), ACTIVE));
        Caller withoutFlag = member(8, ORG, false);
        assertEquals(1, facade.templates(withoutFlag, ACTIVE).size());
        assertThrows(ForbiddenException.class, () -> facade.createTemplate(withoutFlag,
                new TemplateChanges(null, "Mine", null, null, null)));
        assertThrows(ForbiddenException.class, () -> facade.deleteTemplate(withoutFlag, id(form)));
        assertThrows(ForbiddenException.class, () -> facade.createQuestion(withoutFlag, text(id(form), "Name")));
        assertEquals(1, forms.templates.size());
    }

    @Test
    void anotherOrganizationsTemplateIsNotFoundForEveryChange() {
        FormTemplateView form = create("Intake", false);
        QuestionView question = facade.createQuestion(EDITOR, text(id(form), "Name"));
        assertThrows(NotFoundException.class, () -> facade.updateTemplate(OUTSIDER,
                new TemplateChanges(id(form), "Taken", null, null, null)));
        assertThrows(NotFoundException.class, () -> facade.deleteTemplate(OUTSIDER, id(form)));
        assertThrows(NotFoundException.class, () -> facade.copyTemplates(OUTSIDER, List.of(id(form)), null));
        assertThrows(NotFoundException.class, () -> facade.createQuestion(OUTSIDER, text(id(form), "Mine")));
        assertThrows(NotFoundException.class, () -> facade.updateQuestion(OUTSIDER, new QuestionChanges(
                new CustomModuleId(question.id()), null, null, "Changed", null, null, null)));
        assertThrows(NotFoundException.class, () -> facade.deleteQuestion(OUTSIDER, new CustomModuleId(question.id())));
        FormTemplateView unchanged = facade.template(EDITOR, id(form));
        assertEquals("Intake", unchanged.name());
        assertEquals(List.of("Name"), unchanged.questions().stream().map(QuestionView::label).toList());
    }

    @Test
    void aNameIsRequiredAndBounded() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> facade.createTemplate(EDITOR,
                new TemplateChanges(null, " ", null, null, null)));
        assertEquals("can't be blank", blank.problems().get(0).message());
        assertThrows(InvalidInputException.class, () -> facade.createTemplate(EDITOR,
                new TemplateChanges(null, "x".repeat(256), null, null, null)));
        assertTrue(forms.templates.isEmpty());
    }

    @Test
    void validatesEachKindOfQuestion() {
        CustomModuleFormId form = id(create("Intake", false));
        assertEquals(List.of("options"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "radio", "Smoker?", " \n "))));
        assertEquals(List.of("options"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "checkbox", "Symptoms", null))));
        assertEquals(List.of("options"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "matrix", "Grid", "not json"))));
        assertEquals(List.of("options"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "matrix", "Grid", "42"))));
        assertEquals(List.of("mod_type", "label"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "hologram", "", null))));
        assertTrue(facade.template(EDITOR, form).questions().isEmpty());

        assertEquals("Yes\nNo", facade.createQuestion(EDITOR, question(form, "RADIO", "Smoker?", "Yes\nNo")).options());
        assertEquals("[[\"Pain\",\"None\",\"Some\"]]", facade.createQuestion(EDITOR,
                question(form, "matrix", "Grid", "[[\"Pain\",\"None\",\"Some\"]]")).options());
        FormTemplateView after = facade.template(EDITOR, form);
        assertTrue(after.hasMatrixField());
        assertTrue(after.hasNonReadonlyModules());
    }

    @Test
    void readOnlyLabelsAreCleanedAndOtherLabelsKeptAsText() {
        CustomModuleFormId form = id(create("Consent", false));
        QuestionView label = facade.createQuestion(EDITOR, question(form, "read_only",
                "<p onclick=\"x()\">Read this</p><script>steal()</script>", null));
        assertEquals("<p>Read this</p>", label.label());
        assertTrue(label.readOnly());
        QuestionView text = facade.createQuestion(EDITOR, question(form, "text", "Name <b>", null));
        assertEquals("Name <b>", text.label());
        assertFalse(facade.template(EDITOR, form).hasMatrixField());
        String paragraph = "<p>" + "a".repeat(5_000) + "</p>";
        assertEquals(paragraph, facade.createQuestion(EDITOR, question(form, "label", paragraph, null)).label(),
                "a label is longer than a name");
        assertEquals(List.of("label"), fields(() -> facade.createQuestion(EDITOR,
                question(form, "label", "a".repeat(10_001), null))));
    }

    @Test
    void updatesDeletesAndReordersQuestions() {
        CustomModuleFormId form = id(create("Intake", false));
        QuestionView first = facade.createQuestion(EDITOR, text(form, "First"));
        QuestionView second = facade.createQuestion(EDITOR, text(form, "Second"));
        QuestionView third = facade.createQuestion(EDITOR, text(form, "Third"));
        assertEquals(2, third.position());

        QuestionView changed = facade.updateQuestion(EDITOR, new QuestionChanges(new CustomModuleId(first.id()), null,
                "dropdown", null, "A\nB", true, "first"));
        assertEquals("First", changed.label());
        assertEquals("dropdown", changed.modType());
        assertTrue(changed.required());
        assertThrows(InvalidInputException.class, () -> facade.updateQuestion(EDITOR, new QuestionChanges(
                new CustomModuleId(first.id()), null, null, null, " ", null, null)), "a dropdown keeps its options");

        FormTemplateView reordered = facade.reorderQuestions(EDITOR, form, List.of(new CustomModuleId(third.id()),
                new CustomModuleId(first.id()), new CustomModuleId(second.id())));
        assertEquals(List.of("Third", "First", "Second"), reordered.questions().stream().map(QuestionView::label).toList());
        assertEquals(List.of("custom_module_ids"), fields(() -> facade.reorderQuestions(EDITOR, form,
                List.of(new CustomModuleId(third.id())))));
        assertThrows(NotFoundException.class, () -> facade.reorderQuestions(EDITOR, form, List.of(
                new CustomModuleId(third.id()), new CustomModuleId(first.id()), new CustomModuleId(999))));

        facade.deleteQuestion(EDITOR, new CustomModuleId(third.id()));
        FormTemplateView after = facade.template(EDITOR, form);
        assertEquals(List.of("First", "Second"), after.questions().stream().map(QuestionView::label).toList());
        assertEquals(List.of(0, 1), after.questions().stream().map(QuestionView::position).toList());
    }

    @Test
    void copiesToTheCallerOrForASuperAdminToAnotherMember() {
        FormTemplateView intake = create("Intake", true);
        facade.createQuestion(EDITOR, text(id(intake), "Name"));
        FormTemplateView allergies = create("Allergies", false);

        List<FormTemplateView> copies = facade.copyTemplates(member(8, ORG, true),
                List.of(id(intake), id(allergies)), null);
        assertEquals(List.of("Intake", "Allergies"), names(copies));
        assertEquals(8, copies.get(0).ownerUserId());
        assertEquals(List.of("Name"), copies.get(0).questions().stream().map(QuestionView::label).toList());
        assertTrue(copies.get(0).id() != intake.id());

        assertThrows(ForbiddenException.class, () -> facade.copyTemplates(EDITOR, List.of(id(intake)), new UserId(8)));
        assertEquals(8, facade.copyTemplates(superAdmin(7, ORG), List.of(id(intake)), new UserId(8)).get(0)
                .ownerUserId());
        assertEquals(List.of("user_id"), fields(() -> facade.copyTemplates(superAdmin(7, ORG), List.of(id(intake)),
                new UserId(9))));
        assertEquals(List.of("user_id"), fields(() -> facade.copyTemplates(superAdmin(7, ORG), List.of(id(intake)),
                new UserId(20))));
        assertEquals(List.of("id"), fields(() -> facade.copyTemplates(EDITOR, List.of(), null)));
        assertEquals(5, forms.templates.size());
    }

    @Test
    void deletingATemplateTakesItsQuestions() {
        FormTemplateView form = create("Intake", false);
        QuestionView question = facade.createQuestion(EDITOR, text(id(form), "Name"));
        assertEquals("Intake", facade.deleteTemplate(EDITOR, id(form)).name());
        assertThrows(NotFoundException.class, () -> facade.template(EDITOR, id(form)));
        assertThrows(NotFoundException.class, () -> facade.deleteQuestion(EDITOR, new CustomModuleId(question.id())));
    }

    private FormTemplateView create(String name, boolean charting) {
        return facade.createTemplate(EDITOR, new TemplateChanges(null, name, charting, null, null));
    }

    private static QuestionChanges text(CustomModuleFormId form, String label) {
        return question(form, "text", label, null);
    }

    private static QuestionChanges question(CustomModuleFormId form, String modType, String label, String options) {
        return new QuestionChanges(null, form, modType, label, options, null, null);
    }

    private static CustomModuleFormId id(FormTemplateView form) {
        return new CustomModuleFormId(form.id());
    }

    private static List<String> names(List<FormTemplateView> forms) {
        return forms.stream().map(FormTemplateView::name).toList();
    }

    private static List<String> fields(Runnable refused) {
        return assertThrows(InvalidInputException.class, refused::run).problems().stream().map(FieldMessage::field)
                .toList();
    }
}
