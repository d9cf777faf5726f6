package org.caregate.platform.events;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.kernel.event.PublishedEvent;

/**
 * The message format of the topic {@code caregate.events} (docs/jms.md), a contract with hospital consumers: one
 * JSON object per event, written once into the outbox and read back by Caregate's own consumers. The field order
 * and spelling are fixed; {@code EventMessagesTest} pins them.
 */
public final class EventMessages {

    private static final JsonProvider JSON = JsonProvider.provider();

    private EventMessages() {
    }

    /**
     * The event as JSON, as consumers receive it.
     *
     * @param actorId   the user who made the change, {@code null} for none
     * @param requestId the request that made it
     */
    public static String write(PublishedEvent event, Long actorId, String requestId) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", event.id().toString()).add("type", event.type())
                .add("occurredAt", event.occurredAt().toString()).add("resourceType", event.resourceType());
        if (event.resourceId() == null) {
            json.addNull("resourceId");
        } else {
            json.add("resourceId", event.resourceId());
        }
        if (event.organizationId() == null) {
            json.addNull("organizationId");
        } else {
            json.add("organizationId", event.organizationId());
        }
        if (actorId == null) {
            json.addNull("actorId");
        } else {
            json.add("actorId", actorId);
        }
        return json.add("requestId", requestId)
                .add("changedFields", JSON.createArrayBuilder(event.changedFields())).build().toString();
    }

    /** The event a message of the topic carries, or empty when it carries none (consumers log and skip it). */
    public static Optional<PublishedEvent> read(Message message) {
        try {
            return message instanceof TextMessage text ? read(text.getText()) : Optional.empty();
        } catch (JMSException e) {
            return Optional.empty();
        }
    }

    /** The event in a message's text, or empty when the text is not one (logged and skipped by consumers). */
    public static Optional<PublishedEvent> read(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject event = reader.readObject();
            List<String> changed = event.containsKey("changedFields")
                    ? event.getJsonArray("changedFields").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList() : List.of();
            JsonValue organization = event.get("organizationId");
            return Optional.of(new PublishedEvent(UUID.fromString(event.getString("id")), event.getString("type"),
                    Instant.parse(event.getString("occurredAt")), event.getString("resourceType"),
                    event.isNull("resourceId") ? null : event.getString("resourceId"),
                    organization == null || organization.getValueType() != JsonValue.ValueType.NUMBER ? null
                            : event.getJsonNumber("organizationId").longValue(), changed));
        } catch (RuntimeException notAnEvent) {
            return Optional.empty();
        }
    }
}
