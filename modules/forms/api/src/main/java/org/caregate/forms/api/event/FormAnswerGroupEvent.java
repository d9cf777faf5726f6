package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * What happened to a filled-out form. {@code CREATED} is the form completed (Healthie: "when a patient completes a
 * form"): created finished, or a draft finished later; {@code DRAFTED} a draft started; {@code UPDATED} answers
 * changed. Signing a form that was not locked raises {@code LOCKED} and then {@code SIGNED}.
 */
public record FormAnswerGroupEvent(Action action, long formAnswerGroupId) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "form_answer_group";

    /** A JMS message selector for every form_answer_group event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'form_answer_group.%'";

    /** What happened. */
    public enum Action { DRAFTED, CREATED, UPDATED, LOCKED, SIGNED, DELETED }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(formAnswerGroupId);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
