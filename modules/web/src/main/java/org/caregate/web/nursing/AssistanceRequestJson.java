package org.caregate.web.nursing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.AvSessionView;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.DeviceView;
import org.caregate.nursing.api.PlacedPatientView;

/**
 * Solo's assistance request in its words (seed 004 "Group Assistance Requests"): the calling place read from the
 * JSON body and the query parameters, and the request written back in the printed shape.
 */
final class AssistanceRequestJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private AssistanceRequestJson() {
    }

    /**
     * The place a call names: each field from the body when it holds it as a string (or a number), else from the
     * query parameter of the same name. Empty when the body is not a JSON object.
     */
    static Optional<CallingPlace> place(String body, MultivaluedMap<String, String> query) {
        JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                JsonValue value = reader.readValue();
                if (!(value instanceof JsonObject object)) {
                    return Optional.empty();
                }
                json = object;
            } catch (JsonException malformed) {
                return Optional.empty();
            }
        }
        return Optional.of(new CallingPlace(field(json, query, "building"), field(json, query, "floor"),
                field(json, query, "room"), field(json, query, "bed"), field(json, query, "department"),
                field(json, query, "patientMrn"), field(json, query, "deviceSerialNumber")));
    }

    private static String field(JsonObject json, MultivaluedMap<String, String> query, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            return value.toString();
        }
        return query.getFirst(name);
    }

    static String write(AssistanceRequestView request, LocalDate today) {
        CareLocationView location = request.careLocation();
        DeviceView device = location.device();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", Long.toString(request.id()))
                .add("device", device.serialNumber())
                .add("careLocation", JSON.createObjectBuilder()
                        .add("availability", device.availability())
                        .add("id", Long.toString(location.id()))
                        .add("name", location.name())
                        .add("status", "active")
                        .add("video", JSON.createObjectBuilder()
                                .add("type", device.type())
                                .add("clientId", nullable(device.clientId()))
                                .add("serialNumber", device.serialNumber())
                                .add("careLocationId", Long.toString(location.id()))
                                .add("skipActivation", device.skipActivation())))
                .add("practice", Long.toString(request.organizationId()))
                .add("patient", patient(request.patient(), today))
                .add("assignedTo", request.assignedTo() == null ? JsonValue.NULL
                        : JSON.createValue(Long.toString(request.assignedTo())))
                .add("room", location.room())
                .add("status", request.status())
                .add("createdAt", TIME.format(request.createdAt()))
                .add("finishedAt", time(request.finishedAt()))
                .add("location", JSON.createObjectBuilder()
                        .add("id", Long.toString(location.location().id()))
                        .add("name", location.location().name()))
                .add("avSessions", sessions(request))
                .add("createdFromExternalApi", true);
        return json.build().toString();
    }

    /** The request's audio/video sessions; {@code joinUrl} is the room device's visit link (Caregate addition). */
    private static JsonArrayBuilder sessions(AssistanceRequestView request) {
        JsonArrayBuilder sessions = JSON.createArrayBuilder();
        for (AvSessionView session : request.avSessions()) {
            sessions.add(JSON.createObjectBuilder()
                    .add("id", Long.toString(session.id()))
                    .add("status", session.status())
                    .add("startedAt", TIME.format(session.startedAt()))
                    .add("endedAt", time(session.endedAt()))
                    .add("joinUrl", session.deviceUrl() == null ? JsonValue.NULL
                            : JSON.createValue(session.deviceUrl())));
        }
        return sessions;
    }

    private static JsonValue patient(PlacedPatientView patient, LocalDate today) {
        if (patient == null) {
            return JsonValue.NULL;
        }
        return JSON.createObjectBuilder()
                .add("age", patient.dob() == null ? JsonValue.NULL
                        : JSON.createValue(Period.between(patient.dob(), today).getYears()))
                .add("id", Long.toString(patient.id()))
                .add("firstName", patient.firstName())
                .add("lastName", patient.lastName())
                .add("middleName", "")
                .add("dob", patient.dob() == null ? JsonValue.NULL : JSON.createValue(patient.dob().toString()))
                .add("mrn", nullable(patient.mrn()))
                .build();
    }

    private static JsonValue time(Instant instant) {
        return instant == null ? JsonValue.NULL : JSON.createValue(TIME.format(instant));
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : JSON.createValue(text);
    }
}
