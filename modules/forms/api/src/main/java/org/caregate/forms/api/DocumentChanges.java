package org.caregate.forms.api;

import org.caregate.kernel.id.DocumentId;
import org.caregate.kernel.id.UserId;

/**
 * A new document's details, or the changes to one ({@code null} fields stay as they are).
 *
 * @param relUser      the patient the document is about, or {@code null}
 * @param shareWithRel whether that patient sees it
 * @param folderId     the folder the client named, as sent (blank on a change: out of any folder)
 */
public record DocumentChanges(DocumentId id, String displayName, UserId relUser, Boolean shareWithRel,
                              String folderId) {
}
