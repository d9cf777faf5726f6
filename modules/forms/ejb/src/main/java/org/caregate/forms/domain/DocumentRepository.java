package org.caregate.forms.domain;

import java.util.List;
import java.util.Optional;

/** Documents, always looked up within one organization. */
public interface DocumentRepository {

    void add(Document document);

    void remove(Document document);

    /** The flush that makes a change (an open) visible with its id. */
    void flush();

    Optional<Document> find(long organizationId, long id);

    /** The document with its row locked until the transaction ends: changes to one document take turns. */
    Optional<Document> lock(long organizationId, long id);

    /** The organization's documents that match, in order, from {@code offset}, at most {@code limit}. */
    List<Document> search(long organizationId, DocumentCriteria criteria, DocumentOrder order, int offset, int limit);
}
