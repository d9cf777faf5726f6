package org.caregate.web.webhooks;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.caregate.webhooks.api.DeliveryView;
import org.caregate.webhooks.api.WebhookFacade;
import org.caregate.webhooks.api.WebhookRequest;
import org.caregate.webhooks.api.WebhookView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * Webhooks the Healthie way (seed 001 "Webhooks" documents the deliveries, not how to subscribe; these operations
 * are Caregate's, in Healthie's style — docs/webhooks.md): subscriptions to seed 001's event types, signed with the
 * subscription's {@code signing_secret}; and, for subscriptions of either contract, the delivery log and replay.
 */
@GraphQLApi
@ApplicationScoped
public class WebhookGraphQlApi {

    private static final String HEALTHIE = "healthie";

    @EJB
    WebhookFacade webhooks;

    @Inject
    CurrentCaller caller;

    @Query("webhooks")
    @Description("The organization's Healthie-style webhooks, oldest first. Owners and admins only.")
    public List<WebhookNode> webhooks() {
        return GraphQlErrors.query(() -> webhooks.webhooks(caller.get(), HEALTHIE).stream().map(WebhookNode::of).toList());
    }

    @Query("webhook")
    @Description("One webhook of the organization, of either contract (Solo's show their encryption key as secret).")
    public WebhookNode webhook(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> WebhookNode.of(webhooks.webhook(caller.get(), null, id)));
    }

    @Mutation("createWebhook")
    @Description("Subscribes a URL to one or more of seed 001's event types. The answer carries the signing_secret "
            + "that deliveries are signed with (Content-Digest, Signature-Input, Signature).")
    public WebhookPayload createWebhook(@Name("input") CreateWebhookInput input) {
        CreateWebhookInput in = input != null ? input : new CreateWebhookInput();
        return GraphQlErrors.mutation(() -> WebhookPayload.of(webhooks.subscribe(caller.get(), in.request(null))),
                messages -> new WebhookPayload(null, messages));
    }

    @Mutation("updateWebhook")
    @Description("Changes a webhook; fields left out stay. is_enabled: false switches it off, true back on.")
    public WebhookPayload updateWebhook(@Name("input") UpdateWebhookInput input) {
        UpdateWebhookInput in = input != null ? input : new UpdateWebhookInput();
        return GraphQlErrors.mutation(() -> WebhookPayload.of(webhooks.change(caller.get(), in.id, in.request(in.isEnabled))),
                messages -> new WebhookPayload(null, messages));
    }

    @Mutation("deleteWebhook")
    @Description("Switches a webhook off for good; its delivery log stays readable.")
    public WebhookPayload deleteWebhook(@Name("input") DeleteWebhookInput input) {
        DeleteWebhookInput in = input != null ? input : new DeleteWebhookInput();
        return GraphQlErrors.mutation(() -> WebhookPayload.of(webhooks.deactivate(caller.get(), HEALTHIE, in.id)),
                messages -> new WebhookPayload(null, messages));
    }

    @Query("webhookDeliveries")
    @Description("A webhook's delivery log, newest first: each delivery's stable id, payload, status (pending, "
            + "delivered, failed), attempts with status code, latency and error, and the next attempt.")
    public List<WebhookDeliveryNode> webhookDeliveries(@Id @Name("webhook_id") String webhookId,
                                                       @Name("status") String status, @Name("offset") Integer offset,
                                                       @Name("page_size") Integer pageSize) {
        return GraphQlErrors.query(() -> webhooks.deliveries(caller.get(), webhookId, status, offset, pageSize).stream()
                .map(WebhookDeliveryNode::of).toList());
    }

    @Mutation("replayWebhookDelivery")
    @Description("Sends one delivery again now, with the same delivery id and payload.")
    public WebhookDeliveryPayload replayWebhookDelivery(@Name("input") ReplayWebhookDeliveryInput input) {
        ReplayWebhookDeliveryInput in = input != null ? input : new ReplayWebhookDeliveryInput();
        return GraphQlErrors.mutation(() -> new WebhookDeliveryPayload(
                        WebhookDeliveryNode.of(webhooks.replay(caller.get(), in.webhookId, in.deliveryId)), null),
                messages -> new WebhookDeliveryPayload(null, messages));
    }

    @Mutation("replayFailedWebhookDeliveries")
    @Description("Sends every failed delivery of the webhook created since the given ISO-8601 instant again.")
    public ReplayedPayload replayFailedWebhookDeliveries(@Name("input") ReplayFailedWebhookDeliveriesInput input) {
        ReplayFailedWebhookDeliveriesInput in = input != null ? input : new ReplayFailedWebhookDeliveriesInput();
        return GraphQlErrors.mutation(() -> new ReplayedPayload(
                        webhooks.replayFailed(caller.get(), in.webhookId, in.since), null),
                messages -> new ReplayedPayload(null, messages));
    }

    /** {@code createWebhook(input: createWebhookInput)}. */
    @Input("createWebhookInput")
    public static class CreateWebhookInput {
        @Name("url") public String url;
        @Name("event_types") public List<String> eventTypes;
        @Name("should_retry") public Boolean shouldRetry;
        @Description("Also send Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature).")
        @Name("standard_webhooks") public Boolean standardWebhooks;

        WebhookRequest request(Boolean enabled) {
            return new WebhookRequest(HEALTHIE, url, eventTypes, shouldRetry, standardWebhooks, enabled);
        }
    }

    /** {@code updateWebhook(input: updateWebhookInput)}. */
    @Input("updateWebhookInput")
    public static class UpdateWebhookInput extends CreateWebhookInput {
        @Id @Name("id") public String id;
        @Name("is_enabled") public Boolean isEnabled;
    }

    /** {@code deleteWebhook(input: deleteWebhookInput)}. */
    @Input("deleteWebhookInput")
    public static class DeleteWebhookInput {
        @Id @Name("id") public String id;
    }

    /** {@code replayWebhookDelivery(input: replayWebhookDeliveryInput)}. */
    @Input("replayWebhookDeliveryInput")
    public static class ReplayWebhookDeliveryInput {
        @Id @Name("webhook_id") public String webhookId;
        @Id @Name("delivery_id") public String deliveryId;
    }

    /** {@code replayFailedWebhookDeliveries(input: replayFailedWebhookDeliveriesInput)}. */
    @Input("replayFailedWebhookDeliveriesInput")
    public static class ReplayFailedWebhookDeliveriesInput {
        @Id @Name("webhook_id") public String webhookId;
        @Name("since") public String since;
    }

    /** A webhook subscription. */
    @Name("Webhook")
    public record WebhookNode(@Id @Name("id") String id, @Name("url") String url,
                              @Name("event_types") List<String> eventTypes,
                              @Name("signing_secret") String signingSecret, @Name("contract") String contract,
                              @Name("should_retry") boolean shouldRetry,
                              @Name("standard_webhooks") boolean standardWebhooks,
                              @Name("is_enabled") boolean isEnabled, @Name("disabled_reason") String disabledReason,
                              @Name("failing_since") String failingSince, @Name("created_at") String createdAt,
                              @Name("updated_at") String updatedAt) {

        static WebhookNode of(WebhookView w) {
            return new WebhookNode(w.id(), w.url(), w.eventTypes(), w.secret(), w.style(), w.shouldRetry(),
                    w.standardHeaders(), w.enabled(), w.disabledReason(), text(w.failingSince()), text(w.createdAt()),
                    text(w.updatedAt()));
        }
    }

    /** One delivery in a webhook's log. */
    @Name("WebhookDelivery")
    public record WebhookDeliveryNode(@Id @Name("id") String id, @Id @Name("webhook_id") String webhookId,
                                      @Name("event_id") String eventId, @Name("event_type") String eventType,
                                      @Name("payload") String payload, @Name("status") String status,
                                      @Name("attempts_count") int attemptsCount,
                                      @Name("created_at") String createdAt,
                                      @Name("next_attempt_at") String nextAttemptAt,
                                      @Name("last_attempt_at") String lastAttemptAt,
                                      @Name("last_status_code") Integer lastStatusCode,
                                      @Name("last_error") String lastError,
                                      @Name("attempts") List<WebhookAttemptNode> attempts) {

        static WebhookDeliveryNode of(DeliveryView d) {
            return new WebhookDeliveryNode(d.id(), d.webhookId(), d.eventId(), d.eventType(), d.payload(), d.status(),
                    d.attempts(), text(d.createdAt()), text(d.nextAttemptAt()), text(d.lastAttemptAt()),
                    d.lastStatusCode(), d.lastError(), d.attemptLog().stream().map(a -> new WebhookAttemptNode(
                    text(a.attemptedAt()), a.statusCode(), a.latencyMillis(), a.error(), a.response())).toList());
        }
    }

    /** One attempt at a delivery. */
    @Name("WebhookDeliveryAttempt")
    public record WebhookAttemptNode(@Name("attempted_at") String attemptedAt, @Name("status_code") Integer statusCode,
                                     @Name("latency_ms") long latencyMs, @Name("error") String error,
                                     @Name("response") String response) {
    }

    /** What the webhook mutations return. */
    @Name("webhookPayload")
    public record WebhookPayload(@Name("webhook") WebhookNode webhook, @Name("messages") List<FieldError> messages) {

        static WebhookPayload of(WebhookView webhook) {
            return new WebhookPayload(WebhookNode.of(webhook), null);
        }
    }

    /** What {@code replayWebhookDelivery} returns. */
    @Name("replayWebhookDeliveryPayload")
    public record WebhookDeliveryPayload(@Name("delivery") WebhookDeliveryNode delivery,
                                         @Name("messages") List<FieldError> messages) {
    }

    /** What {@code replayFailedWebhookDeliveries} returns. */
    @Name("replayFailedWebhookDeliveriesPayload")
    public record ReplayedPayload(@Name("replayed_count") Integer replayedCount,
                                  @Name("messages") List<FieldError> messages) {
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
