package org.caregate.scheduling.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * An appointment type created, changed or deleted.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record AppointmentTypeEvent(Action action, long appointmentTypeId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "appointment_type";

    /** A JMS message selector for every appointment_type event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'appointment_type.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public AppointmentTypeEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static AppointmentTypeEvent of(Action action, long appointmentTypeId) {
        return new AppointmentTypeEvent(action, appointmentTypeId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(appointmentTypeId);
    }
}
