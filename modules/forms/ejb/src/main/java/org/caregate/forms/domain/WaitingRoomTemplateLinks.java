package org.caregate.forms.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Templates linked to waiting rooms, and question tags (ADR 25). */
public interface WaitingRoomTemplateLinks {

    /** A link as kept: the template's id and name, the reason or {@code null}, its position. */
    record Link(long templateId, String templateName, String reason, int position) {
    }

    /** A tagged question: its id, its template and its tag. */
    record Tagged(long questionId, long templateId, String tag) {
    }

    List<Link> links(long organizationId, UUID room);

    void replaceLinks(long organizationId, UUID room, List<Link> links);

    /** The organization's template's name, when it exists and is not archived. */
    Optional<String> liveTemplate(long organizationId, long templateId);

    /** The template of the organization's question. */
    Optional<Long> templateOfQuestion(long organizationId, long questionId);

    /** Tags the question; refused with {@code refusal} when another question of its template has the tag. */
    void tag(long questionId, String tag, RuntimeException refusal);

    List<Tagged> tagged(long organizationId, long templateId);
}
