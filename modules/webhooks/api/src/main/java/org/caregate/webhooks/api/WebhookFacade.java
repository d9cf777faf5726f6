package org.caregate.webhooks.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Webhook subscriptions of the caller's organization, for its owners and admins: subscribe, change, deactivate, read
 * the delivery log, replay. {@code style} picks the contract ({@code healthie} for GraphQL, {@code solo} for
 * {@code /qapi/v1/webhooks}); {@code null} where any subscription may be meant (the delivery log).
 */
@Local
public interface WebhookFacade {

    WebhookView subscribe(Caller caller, WebhookRequest request);

    /** Changes what the request names; fields left {@code null} stay. */
    WebhookView change(Caller caller, String id, WebhookRequest changes);

    /** Switches the subscription off (Solo's DELETE, Healthie's deleteWebhook); its log stays. */
    WebhookView deactivate(Caller caller, String style, String id);

    List<WebhookView> webhooks(Caller caller, String style);

    WebhookView webhook(Caller caller, String style, String id);

    /** The subscription's deliveries, newest first; {@code status} filters when given. */
    List<DeliveryView> deliveries(Caller caller, String webhookId, String status, Integer offset, Integer limit);

    /** Sends one delivery again, with the same delivery id and payload. */
    DeliveryView replay(Caller caller, String webhookId, String deliveryId);

    /** Sends every failed delivery of the subscription created since the ISO instant again; how many. */
    int replayFailed(Caller caller, String webhookId, String since);
}
