package org.caregate.forms.domain;

import java.util.List;
import java.util.Optional;

/** Folders, always looked up within one organization. */
public interface FolderRepository {

    void add(Folder folder);

    void remove(Folder folder);

    Optional<Folder> find(long organizationId, long id);

    /**
     * Makes changes to the organization's folder tree take turns until the transaction ends, so that two moves at
     * once cannot make a cycle or pass the depth limit between them.
     */
    void lockTree(long organizationId);

    /** The organization's folders in {@code parentId} ({@code null}: at the top) whose name holds the keywords. */
    List<Folder> search(long organizationId, Long parentId, boolean topOnly, String keywords, int offset, int limit);

    /** The ids of the folders directly in each of {@code parentIds}. */
    List<Long> childIds(long organizationId, List<Long> parentIds);

    long countChildren(long organizationId, long id);

    long countDocuments(long organizationId, long id);
}
