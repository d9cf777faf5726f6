package org.caregate.web.perfectanswer;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caregate.identity.api.PatientRecord;
import org.caregate.web.solo.SoloIds;
import org.caregate.web.solo.SoloJsonReader;

/**
 * A perfect answer's body, read and checked field by field in Solo's words ({@code locationId: This is not a valid
 * UUID}); every problem is reported in one 400.
 *
 * @param geolocationId the location's geolocation id ({@code locationId})
 * @param values        every field sent, by its name, as the tags of the template's questions name them
 */
public record PerfectAnswerRequest(String firstName, String lastName, LocalDate dob, UUID geolocationId, String mrn,
                                   String reason, Map<String, String> values) {

    /** The reasons the seed lists. */
    public static final List<String> REASONS = List.of("Stroke", "EEG Stat", "EEG Routine");
    /** The consult types the seed lists. */
    public static final List<String> CONSULT_TYPES = List.of("new", "update");
    /** The longest text a field takes. */
    public static final int MAX_TEXT = 255;

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String BLANK = "This value should not be blank";
    private static final String CHOICE = "The value you selected is not a valid choice";

    public PerfectAnswerRequest {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The patient record identity creates or updates by MRN: names and date of birth. */
    public PatientRecord patientRecord() {
        return new PatientRecord(null, mrn, null, firstName, lastName, dob, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Reads the body; {@code today} bounds the date of birth. */
    public static PerfectAnswerRequest read(String body, LocalDate today) {
        return new Reader().read(body, today);
    }

    /** Solo's checks, in the order the seed lists the fields. */
    private static final class Reader extends SoloJsonReader {

        private final Map<String, String> values = new LinkedHashMap<>();

        PerfectAnswerRequest read(String body, LocalDate today) {
            JsonObject json = object(body);
            String firstName = required(json, "firstName");
            String lastName = required(json, "lastName");
            LocalDate dob = dob(required(json, "dob"), today);
            UUID location = uuid(required(json, "locationId"));
            String mrn = required(json, "mrn");
            optional(json, "physicianCallbackNumber");
            required(json, "requestingProvider");
            dateTime(json, "callCenterNotified");
            dateTime(json, "physicianNotified");
            optional(json, "patientLocation");
            choice(json, "consultType", CONSULT_TYPES);
            String reason = choice(json, "reason", REASONS);
            optional(json, "caller");
            check();
            return new PerfectAnswerRequest(firstName, lastName, dob, location, mrn, reason, values);
        }

        private String optional(JsonObject json, String name) {
            String value = text(json, name);
            if (value == null || value.isBlank()) {
                return null;
            }
            String trimmed = value.strip();
            if (trimmed.length() > MAX_TEXT) {
                problem(name, "This value is too long. It should have " + MAX_TEXT + " characters or less");
                return null;
            }
            values.put(name, trimmed);
            return trimmed;
        }

        private String required(JsonObject json, String name) {
            boolean malformed = json.containsKey(name) && json.get(name).getValueType() != jakarta.json.JsonValue.ValueType.NULL
                    && json.get(name).getValueType() != jakarta.json.JsonValue.ValueType.STRING
                    && json.get(name).getValueType() != jakarta.json.JsonValue.ValueType.NUMBER;
            String value = optional(json, name);
            if (value == null && !malformed && !tooLong(json, name)) {
                problem(name, BLANK);
            }
            return value;
        }

        private static boolean tooLong(JsonObject json, String name) {
            return json.get(name) instanceof jakarta.json.JsonString s && s.getString().strip().length() > MAX_TEXT;
        }

        private LocalDate dob(String value, LocalDate today) {
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (!date.isBefore(EARLIEST_BIRTH) && !date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            problem("dob", "This value is not a valid date");
            return null;
        }

        private UUID uuid(String value) {
            if (value == null) {
                return null;
            }
            if (!SoloIds.isUuid(value)) {
                problem("locationId", "This is not a valid UUID");
                return null;
            }
            return UUID.fromString(value);
        }

        private void dateTime(JsonObject json, String name) {
            String value = optional(json, name);
            if (value == null) {
                return;
            }
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                problem(name, "This value is not a valid datetime");
                values.remove(name);
            }
        }

        private String choice(JsonObject json, String name, List<String> choices) {
            String value = required(json, name);
            if (value != null && !choices.contains(value)) {
                problem(name, CHOICE);
                return null;
            }
            return value;
        }
    }
}
