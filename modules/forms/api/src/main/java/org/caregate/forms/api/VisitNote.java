package org.caregate.forms.api;

import java.util.List;

/**
 * Solo's visit note: an appointment's chart note and the template it completes (every question, answered or not).
 *
 * @param template the template as it stands, or {@code null} once it was deleted
 * @param sections the template's questions by section, in order (empty once the template was deleted)
 * @param zone     the IANA time zone the note's times are told in (the patient's, else UTC)
 */
public record VisitNote(FilledFormView note, FormTemplateView template, List<VisitNoteSection> sections,
                        String zone) {

    public VisitNote {
        sections = List.copyOf(sections);
    }

    /** The section the question is in, or the note's name for a question no longer on the template. */
    public String sectionOf(QuestionView question) {
        return sections.stream().filter(section -> question != null && section.questions().stream()
                        .anyMatch(q -> q.id() == question.id())).map(VisitNoteSection::name).findFirst()
                .orElse(note.name());
    }
}
