package org.caregate.platform.events;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A domain event as the topic {@code caregate.events} carries it (docs/jms.md), read back by Caregate's own
 * consumers: what happened to which resource of which organization, and on an update which fields changed.
 *
 * @param organizationId {@code null} for events outside any organization
 */
public record PublishedEvent(UUID id, String type, Instant occurredAt, String resourceType, String resourceId,
                             Long organizationId, List<String> changedFields) {

    public PublishedEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** The event a message of the topic carries, or empty when it carries none (consumers log and skip it). */
    public static Optional<PublishedEvent> of(Message message) {
        try {
            return message instanceof TextMessage text ? parse(text.getText()) : Optional.empty();
        } catch (JMSException e) {
            return Optional.empty();
        }
    }

    /** The event in a message's text, or empty when the text is not one (logged and skipped by consumers). */
    public static Optional<PublishedEvent> parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
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
