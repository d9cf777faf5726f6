package org.caregate.forms.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/** Something that happened to a form template that someone must be told of: a copy shared with a member. */
public record FormTemplateEvent(Action action, long templateId) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "form_template";

    /** A JMS message selector for the template events on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'form_template.%'";

    /** What happened: {@code SHARED}, the template (a copy) was given to a member by {@code shareCustomModuleForm}. */
    public enum Action { SHARED }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(templateId);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
