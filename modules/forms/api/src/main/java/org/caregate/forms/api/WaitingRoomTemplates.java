package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.WaitingRoomId;

/**
 * The templates of a waiting room and the tags of questions (Solo's perfect answer, ADR 25): a visit a perfect answer
 * books into a room gets the room's template for its reason, with each tagged question answered from the request
 * field of the same name. Another organization's room, template or question is not found.
 */
@Local
public interface WaitingRoomTemplates {

    /** The most templates one waiting room keeps. */
    int MAX_TEMPLATES = 20;

    /** The room's templates in order; members only. */
    List<WaitingRoomTemplateView> templatesOf(Caller caller, WaitingRoomId room);

    /** Replaces the room's templates by these, in this order; owners and admins only. */
    List<WaitingRoomTemplateView> linkTemplates(Caller caller, WaitingRoomId room, List<TemplateLink> links);

    /** Tags the question ({@code null} or blank: untags it); members who may edit forms. */
    QuestionTag tagQuestion(Caller caller, CustomModuleId question, String tag);

    /** The tagged questions of the template; members only. */
    List<QuestionTag> questionTags(Caller caller, CustomModuleFormId template);

    /**
     * Attaches the room's template for {@code reason} (the first linked for it, else the first linked for any
     * reason) to the appointment as a draft, each tagged question answered with the value of its tag in
     * {@code values} (tags without a value stay unanswered). Refused ({@code reason}) when the room has no template.
     */
    FilledFormView fillForVisit(Caller caller, WaitingRoomId room, String reason, AppointmentId appointment,
                                long patientId, Map<String, String> values);

    /**
     * One link as sent: a template id and, optionally, the reason it is for.
     */
    record TemplateLink(String templateId, String reason) {
    }

    /** A question and its tag. */
    record QuestionTag(long questionId, long templateId, String tag) {
    }
}
