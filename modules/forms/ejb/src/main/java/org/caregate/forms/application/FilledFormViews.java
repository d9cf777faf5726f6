package org.caregate.forms.application;

import org.caregate.forms.api.AnswerView;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.domain.Answer;
import org.caregate.forms.domain.AppointmentRole;
import org.caregate.forms.domain.FilledForm;
import org.caregate.forms.domain.FormTemplate;

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

    private static AnswerView of(Answer answer, FormTemplate template) {
        var question = template == null || answer.questionId() == null ? null
                : template.question(answer.questionId()).map(q -> FormsViews.of(template, q)).orElse(null);
        return new AnswerView(answer.id(), question, answer.modType(), answer.label(), answer.answer(),
                answer.displayedAnswer(), answer.position(), answer.updatedAt());
    }
}
