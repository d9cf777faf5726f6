package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.UserId;

/**
 * Form templates (Healthie's CustomModuleForm) and their questions (CustomModule). Templates are public to view by
 * id; listing them and every change are for the organization's members, changes only with {@code can_edit_forms}.
 * Another organization's template or question is not found.
 */
@Local
public interface FormTemplateFacade {

    /** The organization's templates that match; members only. */
    List<FormTemplateView> templates(Caller caller, TemplateSearch search);

    /** One template: anyone may read it by id, a signed-in caller only within their organization. */
    FormTemplateView template(Caller caller, CustomModuleFormId id);

    FormTemplateView createTemplate(Caller caller, TemplateChanges template);

    /** Changes what {@code changes} sends; its {@code id} names the template. */
    FormTemplateView updateTemplate(Caller caller, TemplateChanges changes);

    /** Deletes the template and its questions; returns it as it was. */
    FormTemplateView deleteTemplate(Caller caller, CustomModuleFormId id);

    /**
     * Copies each template, questions and all, in the order given; the copies belong to {@code owner} (super admins
     * only) or to the caller.
     */
    List<FormTemplateView> copyTemplates(Caller caller, List<CustomModuleFormId> ids, UserId owner);

    /**
     * Gives the member with this email address (of the caller's organization) an independent copy of the template,
     * questions and all, and has them emailed about it; returns the copy.
     */
    FormTemplateView shareTemplate(Caller caller, CustomModuleFormId id, String recipientEmail);

    /** Adds a question at the end of its template. */
    QuestionView createQuestion(Caller caller, QuestionChanges question);

    QuestionView updateQuestion(Caller caller, QuestionChanges changes);

    QuestionView deleteQuestion(Caller caller, CustomModuleId id);

    /** Puts the template's questions in the order given: every question of the template, each once. */
    FormTemplateView reorderQuestions(Caller caller, CustomModuleFormId template, List<CustomModuleId> order);
}
