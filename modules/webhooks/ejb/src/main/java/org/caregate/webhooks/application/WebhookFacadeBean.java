package org.caregate.webhooks.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.webhooks.api.DeliveryView;
import org.caregate.webhooks.api.WebhookFacade;
import org.caregate.webhooks.api.WebhookRequest;
import org.caregate.webhooks.api.WebhookView;
import org.caregate.webhooks.domain.Attempt;
import org.caregate.webhooks.domain.Delivery;
import org.caregate.webhooks.domain.DeliveryRepository;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.EventNames;
import org.caregate.webhooks.domain.Subscription;
import org.caregate.webhooks.domain.SubscriptionRepository;
import org.caregate.webhooks.domain.WebhookStyle;

/** Subscriptions of the caller's organization: only its owners and admins manage them and read their deliveries. */
@Stateless
public class WebhookFacadeBean implements WebhookFacade {

    private static final String WEBHOOK = "webhook";
    private static final String ADMINISTRATORS_ONLY = "Only the organization's owner and admins manage webhooks";
    private static final int MOST_EVENT_TYPES = 100;
    private static final int LONGEST_PAGE = 100;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EndpointPolicy endpoints;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public WebhookView subscribe(Caller caller, WebhookRequest request) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        WebhookStyle style = style(request.style());
        Inputs inputs = new Inputs();
        String url = url(inputs, style, request.url());
        List<String> events = eventTypes(inputs, style, request.eventTypes());
        inputs.check();
        Subscription subscription = Subscription.subscribe(caller.organizationId(), style, url, events,
                request.shouldRetry() == null || request.shouldRetry(), Boolean.TRUE.equals(request.standardHeaders()),
                clock.instant());
        subscriptions.add(subscription);
        audit.record(caller, "webhook.created", WEBHOOK, subscription.id().toString());
        return view(subscription);
    }

    @Override
    public WebhookView change(Caller caller, String id, WebhookRequest changes) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        WebhookStyle style = style(changes.style());
        Subscription subscription = own(caller, style, id, true);
        Inputs inputs = new Inputs();
        String url = changes.url() == null ? subscription.url() : url(inputs, style, changes.url());
        List<String> events = changes.eventTypes() == null ? subscription.eventTypes()
                : eventTypes(inputs, style, changes.eventTypes());
        inputs.check();
        Instant now = clock.instant();
        Subscription changed = subscription.change(url, events,
                changes.shouldRetry() == null ? subscription.shouldRetry() : changes.shouldRetry(),
                changes.standardHeaders() == null ? subscription.standardHeaders() : changes.standardHeaders(), now);
        if (Boolean.TRUE.equals(changes.enabled()) && !changed.enabled()) {
            changed = changed.enable(now);
        } else if (Boolean.FALSE.equals(changes.enabled()) && changed.enabled()) {
            changed = changed.disable("disabled by " + caller.userId(), now);
            deliveries.failPending(changed.id(), "the webhook was disabled");
        }
        subscriptions.update(changed);
        audit.record(caller, "webhook.updated", WEBHOOK, changed.id().toString());
        return view(changed);
    }

    @Override
    public WebhookView deactivate(Caller caller, String style, String id) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Subscription subscription = own(caller, style(style), id, true);
        Subscription deactivated = subscription.enabled()
                ? subscription.disable("deactivated by " + caller.userId(), clock.instant()) : subscription;
        subscriptions.update(deactivated);
        deliveries.failPending(deactivated.id(), "the webhook was deactivated");
        audit.record(caller, "webhook.deactivated", WEBHOOK, deactivated.id().toString());
        return view(deactivated);
    }

    @Override
    public List<WebhookView> webhooks(Caller caller, String style) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        return subscriptions.list(caller.organizationId(), style(style)).stream().map(WebhookFacadeBean::view).toList();
    }

    @Override
    public WebhookView webhook(Caller caller, String style, String id) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        return view(own(caller, style == null ? null : style(style), id, false));
    }

    @Override
    public List<DeliveryView> deliveries(Caller caller, String webhookId, String status, Integer offset, Integer limit) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Subscription subscription = own(caller, null, webhookId, false);
        Inputs inputs = new Inputs();
        Delivery.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = Delivery.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                inputs.problem("status", "must be one of pending, delivered, failed");
            }
        }
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 20 : limit;
        if (from < 0) {
            inputs.problem("offset", "must not be negative");
        }
        if (size < 1 || size > LONGEST_PAGE) {
            inputs.problem("page_size", "must be between 1 and " + LONGEST_PAGE);
        }
        inputs.check();
        List<Delivery> page = deliveries.list(subscription.id(), wanted, from, size);
        Map<UUID, List<Attempt>> attempts = deliveries.attempts(page.stream().map(Delivery::id).toList());
        return page.stream().map(d -> view(d, attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    @Override
    public DeliveryView replay(Caller caller, String webhookId, String deliveryId) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Subscription subscription = own(caller, null, webhookId, true);
        Delivery delivery = uuid(deliveryId).flatMap(id -> deliveries.find(subscription.id(), id))
                .orElseThrow(() -> new NotFoundException("Delivery"));
        requireEnabled(subscription);
        deliveries.replay(delivery.id());
        audit.record(caller, "webhook_delivery.replayed", "webhook_delivery", delivery.id().toString());
        return view(deliveries.find(subscription.id(), delivery.id()).orElseThrow(),
                deliveries.attempts(List.of(delivery.id())).getOrDefault(delivery.id(), List.of()));
    }

    @Override
    public int replayFailed(Caller caller, String webhookId, String since) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Subscription subscription = own(caller, null, webhookId, true);
        Instant from;
        try {
            from = Instant.parse(since == null ? "" : since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "must be an ISO-8601 instant such as 2026-11-23T10:00:00Z");
        }
        requireEnabled(subscription);
        int replayed = deliveries.replayFailed(subscription.id(), from);
        audit.record(caller, "webhook_delivery.replayed", WEBHOOK, subscription.id().toString());
        return replayed;
    }

    private static void requireEnabled(Subscription subscription) {
        if (!subscription.enabled()) {
            throw new InvalidInputException("id", "The webhook is disabled (" + subscription.disabledReason()
                    + "); enable it before replaying");
        }
    }

    private Subscription own(Caller caller, WebhookStyle style, String id, boolean forUpdate) {
        Optional<UUID> uuid = uuid(id);
        Optional<Subscription> found = forUpdate
                ? uuid.flatMap(u -> subscriptions.findForUpdate(caller.organizationId(), u))
                : uuid.flatMap(subscriptions::find).filter(s -> s.organizationId() == caller.organizationId());
        return found.filter(s -> style == null || s.style() == style).orElseThrow(() -> new NotFoundException("Webhook"));
    }

    private String url(Inputs inputs, WebhookStyle style, String url) {
        Optional<String> refusal = endpoints.refusal(url);
        refusal.ifPresent(message -> inputs.problem(style == WebhookStyle.SOLO ? "endpoint" : "url", message));
        return url == null ? null : url.strip();
    }

    private static List<String> eventTypes(Inputs inputs, WebhookStyle style, List<String> given) {
        String field = style == WebhookStyle.SOLO ? "events" : "event_types";
        List<String> events = given == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(given.stream().map(e -> e == null ? "" : e.strip()).toList()));
        if (events.isEmpty()) {
            inputs.problem(field, "can't be blank");
        } else if (events.size() > MOST_EVENT_TYPES) {
            inputs.problem(field, "must name at most " + MOST_EVENT_TYPES + " events");
        } else {
            List<String> unknown = EventNames.unknown(style, events);
            if (!unknown.isEmpty()) {
                inputs.problem(field, "unknown event " + String.join(", ", unknown));
            }
        }
        return events;
    }

    private static WebhookStyle style(String style) {
        try {
            return WebhookStyle.ofCode(style);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("no webhook contract " + style, e);
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static WebhookView view(Subscription s) {
        return new WebhookView(s.id().toString(), s.style().code(), s.url(), s.eventTypes(), s.secret(), s.shouldRetry(),
                s.standardHeaders(), s.enabled(), s.disabledReason(), s.failingSince(), s.createdAt(), s.updatedAt());
    }

    private static DeliveryView view(Delivery d, List<Attempt> attempts) {
        return new DeliveryView(d.id().toString(), d.subscriptionId().toString(), d.eventId().toString(),
                d.eventType(), d.payload(), d.status().code(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                d.lastAttemptAt(), d.lastStatusCode(), d.lastError(),
                attempts.stream().map(a -> new DeliveryView.AttemptView(a.attemptedAt(),
                        a.statusCode(), a.latencyMillis(), a.error(), a.response())).toList());
    }
}
