package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A member asked that a patient be reminded of the intake forms of their onboarding flow they have not completed yet
 * (Healthie's {@code updateClient(send_form_request_reminder: true, is_intake_item: true)}); the resource is the
 * patient.
 */
public record IntakeReminderEvent(Action action, long patientId) implements IntegrationEvent {

    /** The resource these events are about, as the first part of the type name: {@code intake.reminded}. */
    public static final String RESOURCE = "intake";

    /** A JMS message selector for the intake reminders on {@code caregate.events}. */
    public static final String SELECTOR = "eventType = 'intake.reminded'";

    /** What happened. */
    public enum Action { REMINDED }

    /** A reminder asked for this patient. */
    public static IntakeReminderEvent of(long patientId) {
        return new IntakeReminderEvent(Action.REMINDED, patientId);
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    /** The patient reminded. */
    @Override
    public String resourceType() {
        return "patient";
    }

    @Override
    public String resourceId() {
        return String.valueOf(patientId);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
