package org.caregate.kernel.event;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An integration event as the topic {@code caregate.events} carries it (docs/jms.md), read back by consumers: which
 * event, what happened to which resource of which organization, when, and on an update which fields changed. A
 * consumer recognises a context's events with {@link #action(String, Class)}
 * ({@code published.action(AppointmentEvent.RESOURCE, AppointmentEvent.Action.class)}).
 *
 * @param type           the event type's name, {@code resource.action}
 * @param organizationId {@code null} for events outside any organization
 */
public record PublishedEvent(UUID id, String type, Instant occurredAt, String resourceType, String resourceId,
                             Long organizationId, List<String> changedFields) {

    public PublishedEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** Whether this is an event of the given resource ({@code appointment}), whatever happened to it. */
    public boolean concerns(String resource) {
        return type.startsWith(resource + ".");
    }

    /** The action part of the type ({@code rescheduled}), or empty text when the type has none. */
    public String action() {
        int dot = type.indexOf('.');
        return dot < 0 ? "" : type.substring(dot + 1);
    }

    /**
     * What happened, as one of the actions a context declares for the resource ({@code AppointmentEvent.Action}), or
     * empty when this event is about another resource or an action the declaring enum does not (yet) know.
     */
    public <A extends Enum<A>> Optional<A> action(String resource, Class<A> actions) {
        if (!concerns(resource)) {
            return Optional.empty();
        }
        String action = action().toUpperCase(Locale.ROOT);
        for (A candidate : actions.getEnumConstants()) {
            if (candidate.name().equals(action)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
