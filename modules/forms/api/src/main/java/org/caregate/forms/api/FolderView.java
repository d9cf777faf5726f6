package org.caregate.forms.api;

import java.time.Instant;

/**
 * A folder as the caller sees it.
 *
 * @param parentFolderId the folder it is in, or {@code null} at the top
 * @param documentCount  how many documents it holds directly
 * @param folderCount    how many folders it holds directly
 */
public record FolderView(long id, String name, Long parentFolderId, long ownerId, Instant createdAt,
                         Instant updatedAt, long documentCount, long folderCount) {
}
