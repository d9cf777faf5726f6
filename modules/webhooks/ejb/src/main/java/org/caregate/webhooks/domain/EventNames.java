package org.caregate.webhooks.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event names subscribers choose from, per contract, and which Caregate domain event (docs/jms.md) each one is
 * sent for. Every name a contract documents may be subscribed to, so that an existing client's subscription call
 * works unchanged; names of contexts Caregate does not have yet (billing …) are accepted and simply
 * never fire until those contexts exist (docs/webhooks.md lists which fire today).
 */
public final class EventNames {

    /** Seed 001 "Webhooks": every documented event type. */
    static final Set<String> HEALTHIE = Set.of(
            "applied_tag.created", "applied_tag.deleted", "appointment.created", "appointment.deleted",
            "appointment.updated", "availability.created", "availability.deleted", "availability.updated",
            "billing_item.created", "billing_item.updated", "care_plan.created", "care_plan.deleted",
            "care_plan.updated", "cms1500.created", "cms1500.deleted", "cms1500.updated", "comment.created",
            "comment.deleted", "comment.updated", "conversation_membership.viewed", "conversation_membership.created",
            "document.created", "document.deleted", "document.updated", "dosespot_notification.created",
            "entry.created", "entry.deleted", "entry.updated", "form_answer_group.created",
            "form_answer_group.deleted", "form_answer_group.locked", "form_answer_group.signed", "goal.created",
            "goal.deleted", "goal.updated", "goal_history.created", "insurance_authorization.created",
            "insurance_authorization.deleted", "insurance_authorization.updated", "message.created",
            "message.deleted", "metric_entry.created", "metric_entry.deleted", "metric_entry.updated",
            "patient.created", "patient.updated", "policy.created", "policy.deleted", "policy.updated",
            "received_fax.created", "requested_form_completion.created", "requested_form_completion.deleted",
            "requested_form_completion.updated", "requested_payment.created", "requested_payment.updated",
            "task.created", "task.deleted", "task.updated");

    /** Seed 004 "Add Webhook": the event enum. */
    static final Set<String> SOLO = Set.of(
            "patient:created", "patient:updated", "patient:deactivated", "appointment:scheduled",
            "appointment:rescheduled", "appointment:cancelled", "appointment:completed", "appointment:incompleted",
            "appointment:no-show", "appointment:lwbs", "episode:created", "episode:updated");

    /** Caregate event → Healthie event. Every change of an appointment is Healthie's appointment.updated. */
    private static final Map<String, String> TO_HEALTHIE = Map.ofEntries(
            Map.entry("patient.created", "patient.created"),
            Map.entry("patient.updated", "patient.updated"),
            Map.entry("patient.archived", "patient.updated"),
            Map.entry("patient.reactivated", "patient.updated"),
            Map.entry("appointment.created", "appointment.created"),
            Map.entry("appointment.updated", "appointment.updated"),
            Map.entry("appointment.rescheduled", "appointment.updated"),
            Map.entry("appointment.cancelled", "appointment.updated"),
            Map.entry("appointment.completed", "appointment.updated"),
            Map.entry("appointment.no_show", "appointment.updated"),
            Map.entry("appointment.deleted", "appointment.deleted"),
            Map.entry("availability.created", "availability.created"),
            Map.entry("availability.updated", "availability.updated"),
            Map.entry("availability.deleted", "availability.deleted"),
            Map.entry("applied_tag.created", "applied_tag.created"),
            Map.entry("applied_tag.deleted", "applied_tag.deleted"),
            Map.entry("form_answer_group.created", "form_answer_group.created"),
            Map.entry("form_answer_group.locked", "form_answer_group.locked"),
            Map.entry("form_answer_group.signed", "form_answer_group.signed"),
            Map.entry("form_answer_group.deleted", "form_answer_group.deleted"),
            Map.entry("document.created", "document.created"),
            Map.entry("document.updated", "document.updated"),
            Map.entry("document.deleted", "document.deleted"),
            Map.entry("requested_form_completion.created", "requested_form_completion.created"),
            Map.entry("requested_form_completion.updated", "requested_form_completion.updated"),
            Map.entry("requested_form_completion.deleted", "requested_form_completion.deleted"),
            Map.entry("billing_item.created", "billing_item.created"),
            Map.entry("billing_item.updated", "billing_item.updated"),
            Map.entry("cms1500.created", "cms1500.created"),
            Map.entry("cms1500.updated", "cms1500.updated"),
            Map.entry("cms1500.deleted", "cms1500.deleted"),
            Map.entry("requested_payment.created", "requested_payment.created"),
            Map.entry("requested_payment.updated", "requested_payment.updated"));

    /** Caregate event → Solo event. A deleted appointment is, to the EHR, a cancelled one. */
    private static final Map<String, String> TO_SOLO = Map.ofEntries(
            Map.entry("patient.created", "patient:created"),
            Map.entry("patient.updated", "patient:updated"),
            Map.entry("patient.reactivated", "patient:updated"),
            Map.entry("patient.archived", "patient:deactivated"),
            Map.entry("appointment.created", "appointment:scheduled"),
            Map.entry("appointment.rescheduled", "appointment:rescheduled"),
            Map.entry("appointment.cancelled", "appointment:cancelled"),
            Map.entry("appointment.deleted", "appointment:cancelled"),
            Map.entry("appointment.completed", "appointment:completed"),
            Map.entry("appointment.no_show", "appointment:no-show"),
            Map.entry("appointment.lwbs", "appointment:lwbs"),
            Map.entry("appointment.incompleted", "appointment:incompleted"),
            Map.entry("episode.created", "episode:created"),
            Map.entry("episode.updated", "episode:updated"));

    private EventNames() {
    }

    /** Whether subscribers of this contract may choose this name. */
    public static boolean isKnown(WebhookStyle style, String name) {
        return (style == WebhookStyle.HEALTHIE ? HEALTHIE : SOLO).contains(name);
    }

    /** The name this contract's subscribers know a Caregate event by, if they can receive it at all. */
    public static Optional<String> forEvent(WebhookStyle style, String caregateEventType) {
        return Optional.ofNullable((style == WebhookStyle.HEALTHIE ? TO_HEALTHIE : TO_SOLO).get(caregateEventType));
    }

    /** The names of this contract that Caregate sends today. */
    public static Set<String> firing(WebhookStyle style) {
        return new LinkedHashSet<>((style == WebhookStyle.HEALTHIE ? TO_HEALTHIE : TO_SOLO).values());
    }

    /** The names given, checked: every unknown name, for the error message. */
    public static List<String> unknown(WebhookStyle style, List<String> names) {
        return names.stream().filter(name -> !isKnown(style, name)).toList();
    }
}
