package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A patient went through a step of their onboarding: completed an item, skipped it, or came back to complete one
 * they had skipped. The id is the patient's record (Healthie's CompletedOnboardingItem).
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record CompletedOnboardingItemEvent(Action action, long completedOnboardingItemId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "completed_onboarding_item";

    /** A JMS message selector for every completed onboarding item event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'completed_onboarding_item.%'";

    /** What happened: recorded (completed or skipped), or a skipped item completed later. */
    public enum Action { CREATED, UPDATED }

    public CompletedOnboardingItemEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static CompletedOnboardingItemEvent of(Action action, long completedOnboardingItemId) {
        return new CompletedOnboardingItemEvent(action, completedOnboardingItemId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(completedOnboardingItemId);
    }
}
