package org.caregate.episodes.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * An episode of care opened or changed.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record EpisodeEvent(Action action, String episodeId, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "episode";

    /** A JMS message selector for every episode event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'episode.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED }

    public EpisodeEvent {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return episodeId;
    }
}
