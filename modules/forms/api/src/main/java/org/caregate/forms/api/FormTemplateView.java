package org.caregate.forms.api;

import java.time.Instant;
import java.util.List;

/**
 * A form template as clients see it.
 *
 * @param uuid the id Solo's visit notes name the template by
 * @param ownerUserId the member who created (or received the copy of) the template
 * @param hasMatrixField        some question is a matrix
 * @param hasNonReadonlyModules some question takes an answer
 * @param questions             its questions in order
 */
public record FormTemplateView(long id, String uuid, long organizationId, String name, boolean useForCharting,
                               boolean useForProgram, boolean archived, long ownerUserId, Instant createdAt,
                               Instant updatedAt, boolean hasMatrixField, boolean hasNonReadonlyModules,
                               List<QuestionView> questions) {

    public FormTemplateView {
        questions = List.copyOf(questions);
    }
}
