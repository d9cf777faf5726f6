package org.caregate.web.forms;

import java.util.List;
import org.caregate.forms.api.AnswerView;
import org.caregate.forms.api.FilledFormView;
import org.caregate.web.forms.FormsGraphQlApi.CustomModuleNode;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * A filled-out form, Healthie's {@code FormAnswerGroup} (a chart note on a charting template). {@code user},
 * {@code filler}, {@code custom_module_form}, {@code locked_by} and {@code signed_by} are resolved on request.
 */
@Name("FormAnswerGroup")
public record FormAnswerGroupNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("finished") boolean finished,
        @Name("user_id") String userId,
        @Name("appointment_id") String appointmentId,
        @Name("locked_at") String lockedAt,
        @Name("signed_at") String signedAt,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt,
        @Name("form_answers") List<FormAnswerNode> formAnswers,
        @Ignore long patientId,
        @Ignore long fillerId,
        @Ignore Long templateId,
        @Ignore Long lockedById,
        @Ignore Long signedById) {

    static FormAnswerGroupNode of(FilledFormView form) {
        String user = Long.toString(form.userId());
        return new FormAnswerGroupNode(Long.toString(form.id()), form.name(), form.finished(), user,
                form.appointmentId() == null ? null : form.appointmentId().toString(),
                form.lockedAt() == null ? null : form.lockedAt().toString(),
                form.signedAt() == null ? null : form.signedAt().toString(), form.createdAt().toString(),
                form.updatedAt().toString(), form.answers().stream().map(answer -> FormAnswerNode.of(answer, user))
                .toList(), form.userId(), form.fillerId(), form.templateId(), form.lockedBy(), form.signedBy());
    }

    /** One answer, Healthie's {@code FormAnswer}: {@code custom_module} is the question, null once deleted. */
    @Name("FormAnswer")
    public record FormAnswerNode(@Id @Name("id") String id, @Name("label") String label,
                                 @Name("answer") String answer, @Name("displayed_answer") String displayedAnswer,
                                 @Name("user_id") String userId, @Name("updated_at") String updatedAt,
                                 @Name("custom_module") CustomModuleNode customModule) {

        static FormAnswerNode of(AnswerView answer, String userId) {
            return new FormAnswerNode(Long.toString(answer.id()), answer.label(), answer.answer(),
                    answer.displayedAnswer(), userId, answer.updatedAt().toString(),
                    answer.question() == null ? null : CustomModuleNode.of(answer.question()));
        }
    }
}
