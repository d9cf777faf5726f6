package org.caregate.forms.domain;

import java.util.List;
import java.util.Optional;

/** Where form templates (with their questions) are kept. */
public interface FormTemplateRepository {

    /** Stores a new template and its questions; gives them their ids. */
    void add(FormTemplate template);

    /** Writes pending changes so that new questions have their ids. */
    void flush();

    void remove(FormTemplate template);

    /** The organization's template with this id. */
    Optional<FormTemplate> find(long organizationId, long id);

    /**
     * The organization's template with this id, locked until the transaction ends: changes to one template and its
     * questions take turns, so two questions added at once get places of their own.
     */
    Optional<FormTemplate> lock(long organizationId, long id);

    /**
     * The organization's template with this id, shared until the transaction ends: its questions stay while a form
     * is filled on it (changes to the template wait, and so do their deletions).
     */
    Optional<FormTemplate> share(long organizationId, long id);

    /** The template with this id, whichever organization it belongs to (templates are public to view by id). */
    Optional<FormTemplate> find(long id);

    /** The organization's template holding the question with this id, locked as {@link #lock}. */
    Optional<FormTemplate> holding(long organizationId, long questionId);

    /** The organization's active charting templates called exactly {@code name} (Solo names visit notes' so). */
    List<FormTemplate> named(long organizationId, String name);

    /**
     * The organization's templates that are (or are not) archived, whose name contains {@code keywords}
     * (case-insensitively, when given), of the category (when given), sorted, from {@code offset}, at most
     * {@code limit}.
     */
    List<FormTemplate> search(long organizationId, boolean archived, TemplateCategory category, String keywords,
                              TemplateOrder order, int offset, int limit);
}
