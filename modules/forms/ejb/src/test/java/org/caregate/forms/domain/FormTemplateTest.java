package org.caregate.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormTemplateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private long nextId = 1;

    @Test
    void derivesMatrixAndAnswerableFlagsFromItsQuestions() {
        FormTemplate form = FormTemplate.create(1, 7, "Intake", NOW);
        assertFalse(form.hasMatrixField());
        assertFalse(form.hasNonReadonlyModules());
        form.ask(new QuestionDefinition(ModType.LABEL, "<p>Welcome</p>", null, true, null), NOW);
        assertFalse(form.hasNonReadonlyModules(), "a label takes no answer");
        assertFalse(form.questions().get(0).required(), "a read-only question is never required");
        form.ask(new QuestionDefinition(ModType.MATRIX, "Symptoms", "[[\"a\"]]", false, null), NOW);
        assertTrue(form.hasMatrixField());
        assertTrue(form.hasNonReadonlyModules());
    }

    @Test
    void reordersOnlyWithEveryQuestionOnce() {
        FormTemplate form = FormTemplate.create(1, 7, "Intake", NOW);
        long first = id(form.ask(text("First"), NOW));
        long second = id(form.ask(text("Second"), NOW));
        long third = id(form.ask(text("Third"), NOW));

        assertFalse(form.reorder(List.of(third, first), NOW), "one left out");
        assertFalse(form.reorder(List.of(third, first, first), NOW), "one twice");
        assertEquals(List.of("First", "Second", "Third"), labels(form));

        assertTrue(form.reorder(List.of(third, first, second), NOW));
        assertEquals(List.of("Third", "First", "Second"), labels(form));
        assertEquals(List.of(0, 1, 2), form.questions().stream().map(Question::position).toList());
    }

    @Test
    void removingAQuestionMovesTheLaterOnesUp() {
        FormTemplate form = FormTemplate.create(1, 7, "Intake", NOW);
        form.ask(text("First"), NOW);
        Question second = form.ask(text("Second"), NOW);
        form.ask(text("Third"), NOW);
        form.remove(second, NOW);
        assertEquals(List.of("First", "Third"), labels(form));
        assertEquals(1, form.questions().get(1).position());
    }

    @Test
    void aCopyIsIndependentAndActive() {
        FormTemplate form = FormTemplate.create(1, 7, "Intake", NOW);
        form.useFor(true, false, NOW);
        form.ask(new QuestionDefinition(ModType.RADIO, "Smoker?", "Yes\nNo", true, "smoker"), NOW);
        form.archive(true, NOW);

        FormTemplate copy = form.copyFor(9, NOW);
        assertEquals(9, copy.ownerUserId());
        assertEquals("Intake", copy.name());
        assertTrue(copy.useForCharting());
        assertFalse(copy.archived());
        assertEquals(form.questions().get(0).definition(), copy.questions().get(0).definition());
        assertNotSame(form.questions().get(0), copy.questions().get(0));
    }

    private static QuestionDefinition text(String label) {
        return new QuestionDefinition(ModType.TEXT, label, null, false, null);
    }

    private static List<String> labels(FormTemplate form) {
        return form.questions().stream().map(Question::label).toList();
    }

    private long id(Question question) {
        try {
            Field id = Question.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(question, nextId);
            return nextId++;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
