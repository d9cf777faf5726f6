package org.caregate.kernel.event;

import java.util.regex.Pattern;

/**
 * The kind of an integration event: a resource and what happened to it, named on the wire
 * {@code resource.action} ({@code appointment.rescheduled}, {@code patient.archived}).
 *
 * @param resource lower-case snake_case resource name, as in the event's {@code resourceType}
 * @param action   lower-case snake_case past-tense verb
 */
public record EventType(String resource, String action) {

    private static final Pattern NAME_PART = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public EventType {
        if (resource == null || !NAME_PART.matcher(resource).matches() || action == null
                || !NAME_PART.matcher(action).matches()) {
            throw new IllegalArgumentException("an event type is resource.action in lower-case snake_case, not "
                    + resource + "." + action);
        }
    }

    /** The type of the events a context declares as an enum of actions: {@code NO_SHOW} becomes {@code no_show}. */
    public static EventType of(String resource, Enum<?> action) {
        return new EventType(resource, action.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The name consumers select on: {@code resource.action}. */
    public String name() {
        return resource + "." + action;
    }

    @Override
    public String toString() {
        return name();
    }
}
