package org.caregate.scheduling.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Something that happened to an appointment: booked, changed, moved, called off, deleted, its outcome recorded, or
 * its video visit closed without being completed (left without being seen, incompleted).
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record AppointmentEvent(Action action, long appointmentId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "appointment";

    /** A JMS message selector for every appointment event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'appointment.%'";

    /** What happened. */
    public enum Action {
        CREATED, UPDATED, RESCHEDULED, CANCELLED, DELETED, COMPLETED, NO_SHOW,
        /** The patient waited and the visit's window closed without a provider: left without being seen. */
        LWBS,
        /** A provider joined the visit and it was not completed by the window's close. */
        INCOMPLETED
    }

    public AppointmentEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static AppointmentEvent of(Action action, long appointmentId) {
        return new AppointmentEvent(action, appointmentId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(appointmentId);
    }
}
