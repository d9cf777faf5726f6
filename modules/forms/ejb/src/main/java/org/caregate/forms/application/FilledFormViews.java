package org.caregate.forms.application;

import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.AnswerView;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.api.VisitNoteSection;
import org.caregate.forms.domain.Answer;
import org.caregate.forms.domain.AppointmentRole;
import org.caregate.forms.domain.FilledForm;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.Question;
import org.caregate.platform.html.SafeHtml;

/** Filled forms as the API shows them. */
final class FilledFormViews {

    private FilledFormViews() {
    }

    /** The form; {@code template} (its template as it stands, or {@code null}) gives each answer its question. */
    static FilledFormView of(FilledForm form, FormTemplate template) {
        return new FilledFormView(form.id(), form.organizationId(), form.templateId(), form.name(), form.charting(),
                form.userId(), form.fillerId(), form.appointmentId(),
                form.appointmentRole().map(AppointmentRole::wireName).orElse(null), form.finished(), form.lockedAt(),
                form.lockedBy(), form.signedAt(), form.signedBy(), form.createdAt(), form.updatedAt(),
                form.answers().stream().map(answer -> of(answer, template)).toList());
    }

    /**
     * The template's questions by section, as Solo's visit note shows them: a {@code label} or {@code read_only}
     * question heads the questions after it (its text is the section's name); those before the first heading are
     * under the template's name.
     */
    static List<VisitNoteSection> sections(FormTemplate template) {
        List<VisitNoteSection> sections = new ArrayList<>();
        String name = template.name();
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : template.questions()) {
            if (question.modType().readOnly()) {
                sections.add(new VisitNoteSection(name, questions));
                name = SafeHtml.text(question.label());
                questions = new ArrayList<>();
            } else {
                questions.add(FormsViews.of(template, question));
            }
        }
        sections.add(new VisitNoteSection(name, questions));
        return sections;
    }

    private static AnswerView of(Answer answer, FormTemplate template) {
        var question = template == null || answer.questionId() == null ? null
                : template.question(answer.questionId()).map(q -> FormsViews.of(template, q)).orElse(null);
        return new AnswerView(answer.id(), question, answer.modType(), answer.label(), answer.answer(),
                answer.displayedAnswer(), answer.position(), answer.updatedAt());
    }
}
