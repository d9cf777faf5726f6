package org.caregate.platform.events;

import java.util.Set;

/**
 * Which audited changes are domain events, published on the JMS topic {@code caregate.events} (docs/jms.md). The
 * event type is the audit action ("patient.created").
 */
public final class EventCatalogue {

    /** The published event types. */
    public static final Set<String> TYPES = Set.of(
            "patient.created", "patient.updated", "patient.archived", "patient.reactivated",
            "appointment.created", "appointment.updated", "appointment.rescheduled", "appointment.cancelled",
            "appointment.deleted", "appointment.completed", "appointment.no_show",
            "availability.created", "availability.updated", "availability.deleted",
            "appointment_type.created", "appointment_type.updated", "appointment_type.deleted",
            "applied_tag.created", "applied_tag.deleted",
            "partner_video_room.created", "partner_video_room.rescheduled", "partner_video_room.cancelled",
            "teleconsultation.created", "teleconsultation.updated", "teleconsultation.deleted");

    private EventCatalogue() {
    }

    public static boolean isEvent(String action) {
        return TYPES.contains(action);
    }
}
