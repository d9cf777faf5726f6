package org.caregate.forms.application;

import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caregate.forms.api.AnswerInput;
import org.caregate.forms.api.FilledFormChanges;
import org.caregate.forms.api.FilledFormSearch;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.NewFilledForm;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.forms.api.VisitNoteAnswer;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.FormAnswerGroupId;
import org.caregate.kernel.id.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilledFormFacadeBeanTest {

    private static final Caller PROVIDER = member(7, ORG, true);
    private static final Caller STAFF = new Caller(8L, ORG, Role.STAFF, Privileges.NONE, "test", "127.0.0.1");
    private static final Caller PATIENT = patient(20, ORG);
    private static final long PATIENT_ID = 20;

    private final InMemoryFilledForms world = new InMemoryFilledForms();
    private FormTemplateView intake;
    private FormTemplateView chartNote;

    @BeforeEach
    void templates() {
        intake = template("Intake", false, new String[][] {{"text", "Name", null, "true"},
                {"dropdown", "Sex", "Female\nMale", "false"}, {"checkbox", "Symptoms", "Cough\nFever\nHeadache",
                "false"}, {"label", "<b>Thanks</b>", null, "false"}});
        chartNote = template("SOAP", true, new String[][] {{"textarea", "Subjective", null, "true"},
                {"number", "Temperature", null, "false"}});
    }

    private FormTemplateView template(String name, boolean charting, String[][] questions) {
        FormTemplateView template = world.base.facade.createTemplate(PROVIDER, new TemplateChanges(null, name,
                charting, false, null));
        for (String[] q : questions) {
            world.base.facade.createQuestion(PROVIDER, new QuestionChanges(null, new CustomModuleFormId(template.id()),
                    q[0], q[1], q[2], Boolean.parseBoolean(q[3]), null));
        }
        return world.base.facade.template(PROVIDER, new CustomModuleFormId(template.id()));
    }

    private long question(FormTemplateView template, int position) {
        return template.questions().get(position).id();
    }

    private AnswerInput answer(FormTemplateView template, int position, String text) {
        return new AnswerInput(Long.toString(question(template, position)), text, Long.toString(PATIENT_ID));
    }

    private FilledFormView fillIntake(Caller caller, boolean finished) {
        return world.facade.create(caller, new NewFilledForm(new CustomModuleFormId(intake.id()),
                caller.isPatient() ? null : new UserId(PATIENT_ID), finished, null, List.of(answer(intake, 0, "Ada"),
                answer(intake, 1, "Female"), answer(intake, 2, "Fever\nCough"))));
    }

    @Test
    void aPatientFillsAnIntakeAndTheAnswersReadBack() {
        FilledFormView form = fillIntake(PATIENT, true);

        assertTrue(form.finished());
        assertEquals(PATIENT_ID, form.userId());
        assertEquals(PATIENT_ID, form.fillerId());
        assertEquals("Intake", form.name());
        assertEquals(List.of("Ada", "Female", "Fever, Cough"), form.answers().stream()
                .map(a -> a.displayedAnswer()).toList());
        assertEquals("Fever\nCough", form.answers().get(2).answer());
        assertEquals("Symptoms", form.answers().get(2).question().label());
        assertEquals(List.of("form_answer_group.created " + form.id()), world.events);
    }

    @Test
    void answersMustFitTheirQuestionsAndNothingIsKeptWhenOneDoesNot() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> world.facade.create(PROVIDER,
                new NewFilledForm(new CustomModuleFormId(intake.id()), new UserId(PATIENT_ID), true, null, List.of(
                        answer(intake, 1, "Other"), answer(intake, 2, "Fever\nFever"),
                        answer(intake, 3, "not a question"), answer(chartNote, 0, "from another form"),
                        new AnswerInput(Long.toString(question(intake, 0)), "Ada", "9"),
                        new AnswerInput("x", "y", null)))));

        List<String> messages = refused.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        assertEquals(List.of(
                "form_answers: answer 1 (Sex) must be one of the question's options",
                "form_answers: answer 2 (Symptoms) names an option twice",
                "form_answers: answer 3 (<b>Thanks</b>) takes no answer (the question only shows text)",
                "form_answers: answer 4: question " + question(chartNote, 0) + " not found on the form",
                "form_answers: answer 5: user_id must be the form's patient (20)",
                "form_answers: answer 6: custom_module_id is not a valid id",
                "form_answers: question " + question(intake, 0) + " (Name) is required to finish the form"),
                messages);
        assertTrue(world.forms.isEmpty());
        assertTrue(world.events.isEmpty());
    }

    @Test
    void aDraftNeedNotBeCompleteButFinishingItDoes() {
        FilledFormView draft = world.facade.create(PATIENT, new NewFilledForm(new CustomModuleFormId(intake.id()),
                null, false, null, List.of(answer(intake, 1, "Male"))));

        assertThrows(InvalidInputException.class, () -> world.facade.update(PATIENT, new FilledFormChanges(
                new FormAnswerGroupId(draft.id()), true, List.of())));
        FilledFormView finished = world.facade.update(PATIENT, new FilledFormChanges(new FormAnswerGroupId(draft.id()),
                true, List.of(answer(intake, 0, "Ada"))));

        assertTrue(finished.finished());
        assertEquals(List.of("Ada", "Male"), finished.answers().stream().map(a -> a.answer()).toList());
        assertThrows(ForbiddenException.class, () -> world.facade.update(PATIENT, new FilledFormChanges(
                new FormAnswerGroupId(draft.id()), null, List.of(answer(intake, 0, "Eve")))));
    }

    @Test
    void chartNotesAreForMembersAndHiddenFromPatients() {
        assertThrows(ForbiddenException.class, () -> world.facade.create(PATIENT, new NewFilledForm(
                new CustomModuleFormId(chartNote.id()), null, true, null, List.of(answer(chartNote, 0, "fine")))));
        FilledFormView note = world.facade.create(PROVIDER, new NewFilledForm(new CustomModuleFormId(chartNote.id()),
                new UserId(PATIENT_ID), true, null, List.of(answer(chartNote, 0, "Feels fine"),
                answer(chartNote, 1, "36.6"))));
        FilledFormView intakeForm = fillIntake(PATIENT, true);

        assertThrows(NotFoundException.class, () -> world.facade.filledForm(PATIENT, new FormAnswerGroupId(note.id())));
        assertEquals(List.of(intakeForm.id()), world.facade.filledForms(PATIENT, new FilledFormSearch(null, null,
                null, null, null, false)).stream().map(FilledFormView::id).toList());
        assertEquals(List.of(intakeForm.id(), note.id()), world.facade.filledForms(PROVIDER, new FilledFormSearch(
                new UserId(PATIENT_ID), null, null, null, null, false)).stream().map(FilledFormView::id).toList());
        assertThrows(NotFoundException.class, () -> world.facade.filledForm(member(9, OTHER_ORG, true),
                new FormAnswerGroupId(note.id())));
    }

    @Test
    void aSignedFormIsLockedAndNeverChangesAgain() {
        FilledFormView form = fillIntake(PROVIDER, true);
        FormAnswerGroupId id = new FormAnswerGroupId(form.id());

        assertThrows(ForbiddenException.class, () -> world.facade.sign(STAFF, id));
        FilledFormView signed = world.facade.sign(PROVIDER, id);

        assertTrue(signed.locked());
        assertTrue(signed.signed());
        assertEquals(7L, signed.signedBy());
        assertEquals(List.of("form_answer_group.created " + form.id(), "form_answer_group.locked " + form.id(),
                "form_answer_group.signed " + form.id()), world.events);
        assertThrows(InvalidInputException.class, () -> world.facade.update(PROVIDER, new FilledFormChanges(id, null,
                List.of(answer(intake, 0, "Eve")))));
        assertThrows(InvalidInputException.class, () -> world.facade.delete(PROVIDER, id));
        assertThrows(InvalidInputException.class, () -> world.facade.lock(STAFF, id));
        assertThrows(InvalidInputException.class, () -> world.facade.sign(PROVIDER, id));
        assertEquals("Ada", world.facade.filledForm(PROVIDER, id).answers().get(0).answer());
    }

    @Test
    void aCompletedFormIsCreatedOnceDraftsAreOnlyDraftedAndPatientsKeepToTheirOwnDrafts() {
        FilledFormView draft = world.facade.create(PATIENT, new NewFilledForm(new CustomModuleFormId(intake.id()),
                null, false, null, List.of()));
        world.facade.update(PATIENT, new FilledFormChanges(new FormAnswerGroupId(draft.id()), true,
                List.of(answer(intake, 0, "Ada"))));
        FilledFormView staffDraft = fillIntake(STAFF, false);

        assertEquals(List.of("form_answer_group.drafted " + draft.id(), "form_answer_group.created " + draft.id(),
                "form_answer_group.drafted " + staffDraft.id()), world.events);
        assertThrows(ForbiddenException.class, () -> world.facade.update(PATIENT, new FilledFormChanges(
                new FormAnswerGroupId(staffDraft.id()), true, List.of())));
        assertThrows(ForbiddenException.class, () -> world.facade.delete(PATIENT,
                new FormAnswerGroupId(staffDraft.id())));
    }

    @Test
    void completingAFormCompletesThePatientsOpenRequestsForItsTemplate() {
        var open = world.requests.add(org.caregate.forms.domain.RequestedCompletion.open(ORG, 7, PATIENT_ID,
                intake.id(), null, null, InMemoryForms.NOW));
        var otherForm = world.requests.add(org.caregate.forms.domain.RequestedCompletion.open(ORG, 7, PATIENT_ID,
                chartNote.id(), null, null, InMemoryForms.NOW));

        FilledFormView draft = world.facade.create(PATIENT, new NewFilledForm(new CustomModuleFormId(intake.id()),
                null, false, null, List.of(answer(intake, 0, "Ada"))));
        assertFalse(world.requests.requests.get(open.id()).completed());
        world.facade.update(PATIENT, new FilledFormChanges(new FormAnswerGroupId(draft.id()), true, List.of()));

        assertTrue(world.requests.requests.get(open.id()).completed());
        assertEquals(Long.valueOf(draft.id()), world.requests.requests.get(open.id()).formAnswerGroupId());
        assertFalse(world.requests.requests.get(otherForm.id()).completed());
        assertTrue(world.events.contains("requested_form_completion.updated " + open.id()));
    }

    @Test
    void anArchivedTemplateIsNotFilled() {
        world.base.facade.updateTemplate(PROVIDER, new TemplateChanges(new CustomModuleFormId(intake.id()), null, null,
                null, true));
        assertThrows(InvalidInputException.class, () -> fillIntake(PROVIDER, true));
    }

    @Test
    void aVisitNoteNeedsItsRequiredAnswersAndNamesEachQuestionOnce() {
        world.appointment(100, ORG, PATIENT_ID);
        String subjective = chartNote.questions().get(0).uuid();
        String temperature = chartNote.questions().get(1).uuid();

        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> world.facade
                .writeVisitNote(PROVIDER, new AppointmentId(100), "SOAP", List.of(new VisitNoteAnswer(temperature,
                        List.of("37")))));
        assertEquals(List.of("question " + question(chartNote, 0) + " (Subjective) is required to finish the form"),
                incomplete.problems().stream().map(p -> p.message()).toList());
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> world.facade.writeVisitNote(
                PROVIDER, new AppointmentId(100), "SOAP", List.of(new VisitNoteAnswer(subjective, List.of("a")),
                        new VisitNoteAnswer(subjective, List.of("b")))));
        assertEquals("question 2 (Subjective) is answered twice", twice.problems().get(0).message());
        world.facade.writeVisitNote(PROVIDER, new AppointmentId(100), "SOAP", List.of(new VisitNoteAnswer(subjective,
                List.of("fine"))));
        assertThrows(InvalidInputException.class, () -> world.facade.writeVisitNote(PROVIDER, new AppointmentId(100),
                "SOAP", List.of(new VisitNoteAnswer(subjective, List.of("")))));
        assertTrue(world.events.stream().allMatch(e -> e.startsWith("form_answer_group.created")));
    }

    @Test
    void aDraftCannotBeLockedAndALockedFormIsNotDeleted() {
        FilledFormView draft = fillIntake(PROVIDER, false);
        assertThrows(InvalidInputException.class, () -> world.facade.lock(STAFF, new FormAnswerGroupId(draft.id())));

        FilledFormView deleted = world.facade.delete(STAFF, new FormAnswerGroupId(draft.id()));
        assertEquals(draft.id(), deleted.id());
        assertTrue(world.forms.isEmpty());
        assertEquals("form_answer_group.deleted " + draft.id(), world.events.get(world.events.size() - 1));
    }

    @Test
    void anAppointmentHasOneChartNoteOfItsOwnPatient() {
        world.appointment(100, ORG, PATIENT_ID);
        world.appointment(101, ORG, 21L);
        NewFilledForm note = new NewFilledForm(new CustomModuleFormId(chartNote.id()), new UserId(PATIENT_ID), true,
                new AppointmentId(100), List.of(answer(chartNote, 0, "Feels fine")));

        FilledFormView written = world.facade.create(PROVIDER, note);
        assertEquals("charting", written.appointmentRole());
        assertThrows(InvalidInputException.class, () -> world.facade.create(PROVIDER, note));
        assertThrows(InvalidInputException.class, () -> world.facade.create(PROVIDER, new NewFilledForm(
                new CustomModuleFormId(chartNote.id()), new UserId(PATIENT_ID), true, new AppointmentId(101),
                List.of(answer(chartNote, 0, "wrong patient")))));
        assertEquals(1, world.facade.forAppointments(PROVIDER, List.of(100L, 101L)).size());
        assertTrue(world.facade.forAppointments(PATIENT, List.of(100L)).isEmpty());
    }

    @Test
    void aVisitNoteIsWrittenByTemplateNameAndQuestionUuidAndIsTheAppointmentsChartNote() {
        world.appointment(100, ORG, PATIENT_ID);
        String subjective = chartNote.questions().get(0).uuid();
        String temperature = chartNote.questions().get(1).uuid();

        var written = world.facade.writeVisitNote(PROVIDER, new AppointmentId(100), "SOAP", List.of(
                new VisitNoteAnswer(subjective, List.of("Feels fine")), new VisitNoteAnswer(temperature,
                        List.of("37.2"))));
        var rewritten = world.facade.writeVisitNote(PROVIDER, new AppointmentId(100), "SOAP", List.of(
                new VisitNoteAnswer(temperature, List.of("36.9"))));

        assertEquals(written.note().id(), rewritten.note().id());
        assertEquals(List.of("Feels fine", "36.9"), rewritten.note().answers().stream().map(a -> a.answer()).toList());
        assertEquals(written.note().id(), world.facade.forAppointments(PROVIDER, List.of(100L)).get(0).id());
        assertThrows(InvalidInputException.class, () -> world.facade.writeVisitNote(PROVIDER, new AppointmentId(100),
                "Intake", List.of()));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> world.facade.writeVisitNote(
                PROVIDER, new AppointmentId(100), "SOAP", List.of(new VisitNoteAnswer(intake.questions().get(0).uuid(),
                        List.of("x")), new VisitNoteAnswer(temperature, List.of("hot")))));
        assertEquals(2, unknown.problems().size());
        assertEquals(List.of("form_answer_group.created " + written.note().id(),
                "form_answer_group.updated " + written.note().id()), world.events);
        assertThrows(NotFoundException.class, () -> world.facade.visitNote(member(9, OTHER_ORG, true),
                new AppointmentId(100)));
        assertNull(world.facade.visitNote(PROVIDER, new AppointmentId(100)).orElseThrow().note().lockedAt());
        assertFalse(world.facade.visitNote(PROVIDER, new AppointmentId(100)).isEmpty());
    }
}
