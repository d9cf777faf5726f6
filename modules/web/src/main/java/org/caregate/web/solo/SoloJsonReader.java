package org.caregate.web.solo;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Reads Solo request bodies field by field, collecting every type mismatch in Solo's words ("This value should be
 * of type string") so that one 400 names them all.
 */
public abstract class SoloJsonReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final List<FieldMessage> problems = new ArrayList<>();

    protected void problem(String field, String message) {
        problems.add(new FieldMessage(field, message));
    }

    /** Refuses the body when any field was malformed. */
    protected void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    protected JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "A JSON object is required");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw new InvalidInputException("body", "Malformed JSON");
        }
        throw new InvalidInputException("body", "A JSON object is required");
    }

    /** Writes {@code value} as {@code name}, or JSON {@code null} when there is none, as Solo's answers print it. */
    protected static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    protected String text(JsonObject json, String name) {
        return text(json, name, name);
    }

    protected String text(JsonObject json, String name, String field) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return value.toString();
        }
        problem(field, "This value should be of type string");
        return null;
    }

    protected Boolean bool(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        problem(name, "This value should be of type boolean");
        return null;
    }

    protected Long integer(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                problem(name, "This value is out of range");
                return null;
            }
        }
        problem(name, "This value should be of type int");
        return null;
    }

    protected List<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(name, "This value should be of type array");
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                problem(name, "This value should be a list of strings");
                return null;
            }
        }
        return texts;
    }
}
