package org.caregate.webhooks.application;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Locale;
import java.util.Map;
import org.caregate.kernel.event.PublishedEvent;

/**
 * The body a subscriber receives for an event, as its contract documents it, serialised compactly and in the
 * documented key order — byte for byte what {@code JSON.stringify} gives for the parsed body, which the Healthie
 * verification sample relies on to compute the content length.
 */
public final class Payloads {

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Healthie's resource_id_type for the Caregate resources it names otherwise; the rest are their names in
     * CamelCase ({@code form_answer_group} is {@code FormAnswerGroup}). Patients are Users in Healthie's API.
     */
    private static final Map<String, String> HEALTHIE_TYPES = Map.of(
            "patient", "User", "user", "User", "appointment", "Appointment", "availability", "Availability");

    private Payloads() {
    }

    /**
     * Seed 001 "thin payload": resource id and type and the event type; updates also name the changed fields.
     */
    public static String healthie(String eventName, PublishedEvent event) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addId(json, "resource_id", event.resourceId());
        json.add("resource_id_type", HEALTHIE_TYPES.getOrDefault(event.resourceType(), camelCase(event.resourceType())))
                .add("event_type", eventName);
        if (eventName.endsWith(".updated")) {
            json.add("changed_fields", JSON.createArrayBuilder(event.changedFields()));
        }
        return json.build().toString();
    }

    /**
     * Seed 004 payload schemas: {@code {"event": …, "data": {"patientId"|"appointmentId": …}}}; the seed prints
     * none for {@code episode:*}, which name the episode as its own endpoints do ({@code episodeId}, ADR 23).
     */
    public static String solo(String eventName, PublishedEvent event) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        addId(data, eventName.startsWith("patient:") ? "patientId"
                : eventName.startsWith("episode:") ? "episodeId" : "appointmentId", event.resourceId());
        return JSON.createObjectBuilder().add("event", eventName).add("data", data).build().toString();
    }

    /** Ids are numbers in both contracts' examples; an id that is not a number stays a string. */
    private static void addId(JsonObjectBuilder json, String name, String id) {
        if (id == null) {
            json.addNull(name);
        } else if (id.matches("\\d{1,18}")) {
            json.add(name, Long.parseLong(id));
        } else {
            json.add(name, id);
        }
    }

    private static String camelCase(String resourceType) {
        StringBuilder name = new StringBuilder();
        for (String word : resourceType.split("_")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
