package org.caregate.identity.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A patient registered, changed, archived or reactivated.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record PatientEvent(Action action, long patientId, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "patient";

    /** A JMS message selector for every patient event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'patient.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, ARCHIVED, REACTIVATED }

    public PatientEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static PatientEvent of(Action action, long patientId) {
        return new PatientEvent(action, patientId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(patientId);
    }
}
