package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Something that happened to a document: uploaded, changed (renamed, shared) or deleted.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record DocumentEvent(Action action, long documentId, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "document";

    /** A JMS message selector for every document event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'document.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public DocumentEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static DocumentEvent of(Action action, long documentId) {
        return new DocumentEvent(action, documentId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(documentId);
    }
}
