package org.caregate.web.security;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

/**
 * What a GraphQL POST must look like before the GraphQL engine sees it (GraphQL over HTTP): a UTF-8 body, not
 * compressed, either {@code application/graphql} text or one JSON object with a non-empty string {@code query}, an
 * optional string {@code operationName} and optional objects {@code variables} and {@code extensions}. Anything
 * else — broken JSON, an empty body, {@code null}, a bare scalar, a batch array, {@code variables} as a string, a
 * gzip body, another charset, JSON beyond the {@link RequestLimits} — is refused here with a clear 400, instead of
 * reaching the engine and answering "System error" or a 500.
 */
final class GraphQlEnvelope {

    private static final JsonProvider JSON = JsonProvider.provider();

    private GraphQlEnvelope() {
    }

    /** What is wrong with the request's envelope, or empty when the engine may have it. */
    static Optional<String> problem(String contentType, String contentEncoding, byte[] body) {
        StringBuilder decoded = new StringBuilder();
        Optional<String> encoding = RequestLimits.encoding(contentType, contentEncoding, body, decoded);
        if (encoding.isPresent()) {
            return encoding;
        }
        String text = decoded.toString();
        if (text.isBlank()) {
            return Optional.of("The body is empty: send {\"query\": \"...\"}");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/graphql")) {
            return Optional.empty();
        }
        Optional<String> beyond = RequestLimits.json(text, "query");
        if (beyond.isPresent()) {
            return beyond;
        }
        JsonValue json;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonException e) {
            return Optional.of(RequestLimits.MALFORMED);
        }
        if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            return Optional.of("One operation per request: batches are not accepted");
        }
        if (!(json instanceof JsonObject request)) {
            return Optional.of("The body must be a JSON object: {\"query\": \"...\"}");
        }
        if (!(request.get("query") instanceof JsonString query) || query.getString().isBlank()) {
            return Optional.of("query is required and must be a string");
        }
        if (!absentOr(request.get("operationName"), JsonValue.ValueType.STRING)) {
            return Optional.of("operationName must be a string");
        }
        if (!absentOr(request.get("variables"), JsonValue.ValueType.OBJECT)) {
            return Optional.of("variables must be a JSON object");
        }
        if (!absentOr(request.get("extensions"), JsonValue.ValueType.OBJECT)) {
            return Optional.of("extensions must be a JSON object");
        }
        return Optional.empty();
    }

    private static boolean absentOr(JsonValue value, JsonValue.ValueType type) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL || value.getValueType() == type;
    }
}
