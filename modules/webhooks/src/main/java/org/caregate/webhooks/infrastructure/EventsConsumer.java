package org.caregate.webhooks.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caregate.webhooks.application.EventFanOutBean;
import org.caregate.webhooks.domain.DomainEvent;
import org.jboss.logging.Logger;

/**
 * Webhooks' consumer of the events topic, on a durable shared subscription ({@code caregate-webhooks}): events
 * published while the server starts or is down wait on the broker. Receiving and fanning out share one XA
 * transaction; a failure rolls both back and the broker redelivers (then dead-letters, as configured), and the inbox
 * makes a redelivered event a no-op.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "caregate.events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "caregate-webhooks"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "caregate-webhooks")})
public class EventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    @Inject
    EventFanOutBean fanOut;

    @Override
    public void onMessage(Message message) {
        String text;
        try {
            text = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            LOG.warnf("Ignoring a message on caregate.events that is not an event: %s", e.getMessage());
            return;
        }
        fanOut.fanOut(event(text));
    }

    static DomainEvent event(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject event = reader.readObject();
            List<String> changed = event.containsKey("changedFields")
                    ? event.getJsonArray("changedFields").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList() : List.of();
            return new DomainEvent(UUID.fromString(event.getString("id")), event.getString("type"),
                    Instant.parse(event.getString("occurredAt")), event.getString("resourceType"),
                    event.isNull("resourceId") ? null : event.getString("resourceId"),
                    event.get("organizationId") == null || event.get("organizationId") == JsonValue.NULL ? null
                            : event.getJsonNumber("organizationId").longValue(), changed);
        }
    }
}
