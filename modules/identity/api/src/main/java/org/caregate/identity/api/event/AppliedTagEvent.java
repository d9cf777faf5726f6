package org.caregate.identity.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A tag applied to, or removed from, a user (the event's resource is the tagged user).
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record AppliedTagEvent(Action action, long userId, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "applied_tag";

    /** A JMS message selector for every applied_tag event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'applied_tag.%'";

    /** What happened. */
    public enum Action { CREATED, DELETED }

    public AppliedTagEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static AppliedTagEvent of(Action action, long userId) {
        return new AppliedTagEvent(action, userId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(userId);
    }

    /** The resource id is the tagged user's. */
    @Override
    public String resourceType() {
        return "user";
    }
}
