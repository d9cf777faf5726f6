package org.caregate.visits.api.event;

import java.util.List;
import java.util.UUID;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A BetterPT partner video room booked, moved or called off.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record PartnerVideoRoomEvent(Action action, UUID roomUid, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "partner_video_room";

    /** A JMS message selector for every partner_video_room event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'partner_video_room.%'";

    /** What happened. */
    public enum Action { CREATED, RESCHEDULED, CANCELLED }

    public PartnerVideoRoomEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static PartnerVideoRoomEvent of(Action action, UUID roomUid) {
        return new PartnerVideoRoomEvent(action, roomUid, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(roomUid);
    }
}
