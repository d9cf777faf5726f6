package org.caregate.web.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a GraphQL POST must look like before the GraphQL engine sees it (GraphQL over HTTP): a UTF-8 body, not
 * compressed, either {@code application/graphql} text or one JSON object with a non-empty string {@code query}, an
 * optional string {@code operationName} and optional objects {@code variables} and {@code extensions}. Anything
 * else — broken JSON, an empty body, {@code null}, a bare scalar, a batch array, {@code variables} as a string, a
 * gzip body, another charset — is refused here with a clear 400, instead of reaching the engine and answering
 * "System error" or a 500.
 */
final class GraphQlEnvelope {

    private GraphQlEnvelope() {
    }

    /** What is wrong with the request's envelope, or empty when the engine may have it. */
    static Optional<String> problem(String contentType, String contentEncoding, byte[] body) {
        if (contentEncoding != null && !contentEncoding.isBlank() && !contentEncoding.strip().equalsIgnoreCase("identity")) {
            return Optional.of("Content-Encoding " + printable(contentEncoding) + " is not accepted: send the body as is");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int charset = type.indexOf("charset=");
        if (charset >= 0) {
            String name = type.substring(charset + "charset=".length()).split(";", 2)[0].strip().replace("\"", "");
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                return Optional.of("The body must be UTF-8 (charset " + printable(name) + " is not accepted)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("The body is not valid UTF-8");
        }
        if (text.isBlank()) {
            return Optional.of("The body is empty: send {\"query\": \"...\"}");
        }
        if (type.startsWith("application/graphql")) {
            return Optional.empty();
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonException e) {
            return Optional.of("The body is not valid JSON");
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

    /** A client's header value as it may appear in an answer: short, without control characters. */
    private static String printable(String value) {
        String cleaned = value.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
