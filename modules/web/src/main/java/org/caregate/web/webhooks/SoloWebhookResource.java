package org.caregate.web.webhooks;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloJsonReader;
import org.caregate.webhooks.api.WebhookFacade;
import org.caregate.webhooks.api.WebhookRequest;
import org.caregate.webhooks.api.WebhookView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's webhooks (seed 004 "Webhooks"): an endpoint and the events it wants; deliveries are encrypted with the
 * returned {@code encryptionKey}. DELETE deactivates. The list leaves the key out, as the seed's example does.
 */
@ApplicationScoped
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class SoloWebhookResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String SOLO = "solo";

    @EJB
    WebhookFacade webhooks;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Add Webhook", description = "endpoint (http or https URL) and events (patient:created … "
            + "episode:updated). The answer's encryptionKey decrypts the payloads.")
    public String add(String body) {
        return json(webhooks.subscribe(caller.get(), new Body(body, true).request()), true).toString();
    }

    @PUT
    @Path("/{webhookId}")
    @Operation(summary = "Update Webhook", description = "Changes the endpoint and/or the events.")
    public String update(@PathParam("webhookId") String id, String body) {
        return json(webhooks.change(caller.get(), id, new Body(body, false).request()), false).toString();
    }

    @GET
    @Operation(summary = "Webhooks Collection", description = "The practice's webhooks, deactivated ones included.")
    public String list() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        webhooks.webhooks(caller.get(), SOLO).forEach(webhook -> list.add(json(webhook, false)));
        return list.build().toString();
    }

    @GET
    @Path("/{webhookId}")
    @Operation(summary = "Get Webhook", description = "One webhook with its encryptionKey.")
    public String get(@PathParam("webhookId") String id) {
        return json(webhooks.webhook(caller.get(), SOLO, id), true).toString();
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(summary = "Delete Webhook", description = "Deactivates the webhook: nothing more is sent to it.")
    public String delete(@PathParam("webhookId") String id) {
        return json(webhooks.deactivate(caller.get(), SOLO, id), true).toString();
    }

    private static JsonObject json(WebhookView webhook, boolean withKey) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", webhook.id()).add("endpoint", webhook.url())
                .add("events", JSON.createArrayBuilder(webhook.eventTypes())).add("active", webhook.enabled());
        if (withKey) {
            json.add("encryptionKey", webhook.secret());
        }
        return json.build();
    }

    /** A webhook body: {@code endpoint} and {@code events}, both required when adding. */
    private static final class Body extends SoloJsonReader {
        private final String endpoint;
        private final List<String> events;

        Body(String body, boolean adding) {
            JsonObject json = object(body);
            endpoint = text(json, "endpoint");
            events = strings(json, "events");
            if (adding && endpoint == null) {
                problem("endpoint", "This value should not be blank.");
            }
            if (adding && events == null) {
                problem("events", "This value should not be blank.");
            }
            check();
        }

        WebhookRequest request() {
            return new WebhookRequest(SOLO, endpoint, events, null, null, null);
        }
    }
}
