package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Something that happened to a form completion request: sent (by a member or by its recurrence), completed by the
 * patient's filled form, deleted, or a reminder asked for.
 */
public record RequestedFormCompletionEvent(Action action, long requestId) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "requested_form_completion";

    /** A JMS message selector for every form request event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'requested_form_completion.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED, REMINDED }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(requestId);
    }

    @Override
    public List<String> changedFields() {
        return action == Action.UPDATED ? List.of("status") : List.of();
    }
}
