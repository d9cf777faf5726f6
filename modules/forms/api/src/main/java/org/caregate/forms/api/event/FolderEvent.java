package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Something that happened to a folder: created, changed (renamed, moved) or deleted.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record FolderEvent(Action action, long folderId, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "folder";

    /** A JMS message selector for every folder event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'folder.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public FolderEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static FolderEvent of(Action action, long folderId) {
        return new FolderEvent(action, folderId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(folderId);
    }
}
