package org.caregate.forms.api;

import java.util.List;

/**
 * A section of a visit note's template: the questions under one heading (a {@code label} or {@code read_only}
 * question, named by its text), or, before the first heading, under the template's name.
 */
public record VisitNoteSection(String name, List<QuestionView> questions) {

    public VisitNoteSection {
        questions = List.copyOf(questions);
    }
}
