package org.caregate.visits.application;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.platform.crypto.SoloCipher;
import org.caregate.visits.domain.ContextLink;

/**
 * Solo's context-aware link format: JSON an EHR encrypts with the organization's shared secret — AES-256-CBC, key =
 * SHA-256(secret + salt), passed as Base64(salt, 8 bytes) + Base64(IV, 16 bytes) + Base64(ciphertext)
 * ({@link SoloCipher}) — read and checked against Solo's JSON schema into a {@link ContextLink}.
 */
final class ContextLinkFormat {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ContextLinkFormat() {
    }

    private static final Set<String> TYPES = Set.of("patient", "medicalAssistant", "provider");
    private static final Set<String> SEXES = Set.of("male", "female", "other", "unknown");

    /** The JSON inside a link, or empty when this secret does not open it (wrong secret, tampered, malformed). */
    public static Optional<String> decrypt(String argument, String secret) {
        return SoloCipher.decrypt(secret, argument).filter(json -> json.strip().startsWith("{"));
    }

    /**
     * The link's content checked against Solo's JSON schema.
     *
     * @return the link, or the problems (field: what is wrong) when it does not match
     */
    public static Checked parse(String json) {
        List<String> problems = new ArrayList<>();
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException e) {
            return new Checked(null, List.of("the link does not hold a JSON object"));
        }
        String user = text(object, "user", problems);
        String type = text(object, "type", problems);
        if (type != null && !TYPES.contains(type)) {
            problems.add("type: must be one of patient, medicalAssistant, provider");
        }
        String visit = text(object, "visit", problems);
        Instant date = null;
        JsonValue dateValue = object.get("date");
        if (dateValue instanceof JsonNumber number) {
            date = Instant.ofEpochSecond(number.longValue());
        } else {
            problems.add("date: is required and must be a number (a UTC unix timestamp)");
        }
        JsonValue patientValue = object.get("patient");
        if (!(patientValue instanceof JsonObject patient)) {
            problems.add("patient: is required and must be an object");
            return new Checked(null, problems);
        }
        String id = text(patient, "patient.id", "id", problems);
        String sex = text(patient, "patient.sex", "sex", problems);
        if (sex != null && !SEXES.contains(sex)) {
            problems.add("patient.sex: must be one of male, female, other, unknown");
        }
        String dobText = text(patient, "patient.dob", "dob", problems);
        LocalDate dob = null;
        if (dobText != null) {
            try {
                dob = LocalDate.parse(dobText);
            } catch (DateTimeException e) {
                problems.add("patient.dob: must be a date (YYYY-MM-DD)");
            }
        }
        String first = text(patient, "patient.firstName", "firstName", problems);
        String last = text(patient, "patient.lastName", "lastName", problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new ContextLink(user, type, visit, date, id, sex, dob, first, last), List.of());
    }

    private static String text(JsonObject object, String name, List<String> problems) {
        return text(object, name, name, problems);
    }

    private static String text(JsonObject object, String field, String name, List<String> problems) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return string.getString();
        }
        problems.add(field + ": is required and must be a string");
        return null;
    }

    /** A parsed link, or what is wrong with it. */
    public record Checked(ContextLink link, List<String> problems) {
    }
}
