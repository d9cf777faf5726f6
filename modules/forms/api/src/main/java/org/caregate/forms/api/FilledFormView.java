package org.caregate.forms.api;

import java.time.Instant;
import java.util.List;

/**
 * A filled-out form as clients see it.
 *
 * @param templateId      the template it completes, or {@code null} once that template is deleted
 * @param name            the template's name when the form was filled
 * @param charting        a chart note (the template was for charting)
 * @param fillerId        who filled it
 * @param appointmentId   the appointment it belongs to, or {@code null}
 * @param appointmentRole {@code charting} (the appointment's chart note) or {@code embed} (filled at booking)
 * @param answers         in the template's order
 */
public record FilledFormView(long id, long organizationId, Long templateId, String name, boolean charting,
                             long userId, long fillerId, Long appointmentId, String appointmentRole, boolean finished,
                             Instant lockedAt, Long lockedBy, Instant signedAt, Long signedBy, Instant createdAt,
                             Instant updatedAt, List<AnswerView> answers) {

    public FilledFormView {
        answers = List.copyOf(answers);
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
