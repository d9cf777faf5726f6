package org.caregate.forms.application;

import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.Question;

/** Templates and questions as the API shows them. */
final class FormsViews {

    private FormsViews() {
    }

    static FormTemplateView of(FormTemplate template) {
        return new FormTemplateView(template.id(), template.uuid().toString(), template.organizationId(), template.name(),
                template.useForCharting(), template.useForProgram(), template.archived(), template.ownerUserId(),
                template.createdAt(), template.updatedAt(), template.hasMatrixField(), template.hasNonReadonlyModules(),
                template.questions().stream().map(q -> of(template, q)).toList());
    }

    static QuestionView of(FormTemplate template, Question question) {
        return new QuestionView(question.id(), question.uuid().toString(), template.id(), question.modType().wireName(), question.label(),
                question.options(), question.required(), question.hipaaName(), question.position(),
                question.modType().readOnly());
    }
}
