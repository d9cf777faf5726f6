package org.caregate.identity.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Someone is owed an email about their account: a patient a member added (or asked to be welcomed again) is
 * welcomed, a member added or changed with {@code send_invite_email} is invited. Outreach sends the email.
 */
public record AccountEmailEvent(Action action, long userId) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "user";

    /** A JMS message selector for these events on {@code caregate.events}. */
    public static final String SELECTOR = "eventType IN ('user.welcomed', 'user.invited')";

    /** What is owed: {@code WELCOMED}, a patient's welcome; {@code INVITED}, a member's invitation. */
    public enum Action { WELCOMED, INVITED }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(userId);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
