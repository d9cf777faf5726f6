package org.caregate.forms.api;

import java.time.Instant;
import java.util.List;

/**
 * A document as the caller sees it.
 *
 * @param relUserId the patient it is about, or {@code null}
 * @param folderId  the folder it is filed in, or {@code null}
 * @param opens     every time someone downloaded it, oldest first
 */
public record DocumentView(long id, String displayName, String contentType, long size, long ownerId, Long relUserId,
                           boolean sharedWithRel, Long folderId, Instant createdAt, Instant updatedAt, List<OpenView> opens) {

    public DocumentView {
        opens = List.copyOf(opens);
    }

    /** The users it is shared with: its patient when shared. */
    public List<Long> sharedWith() {
        return sharedWithRel && relUserId != null ? List.of(relUserId) : List.of();
    }

    /** One download of a document: by whom and when. */
    public record OpenView(long id, long userId, Instant openedAt) {
    }
}
