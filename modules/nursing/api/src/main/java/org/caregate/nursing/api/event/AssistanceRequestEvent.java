package org.caregate.nursing.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * An assistance request created (a room asked for a virtual nurse), assigned (a nurse accepted it), started (the
 * nurse started an audio/video session with the room), finished or cancelled. A nurse station follows its queue live from these.
 */
public record AssistanceRequestEvent(Action action, long assistanceRequestId) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "assistance_request";

    /** A JMS message selector for every assistance_request event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'assistance_request.%'";

    /** What happened. */
    public enum Action { CREATED, ASSIGNED, STARTED, FINISHED, CANCELLED }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(assistanceRequestId);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
