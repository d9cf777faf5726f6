package org.caregate.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to a hostile request must keep: no 5xx, no "System error", nothing of the server's insides (Java
 * exception and class names, SmallRye, Narayana, RESTEasy or Undertow message codes, stack frames, SQL and
 * PostgreSQL's words), and an answer within two seconds.
 */
public final class Rules {

    /** The slowest answer allowed. */
    public static final long MOST_MILLIS = 2_000;

    private static final Pattern INSIDES = Pattern.compile(String.join("|",
            "System error", "\\b[A-Za-z]*Exception\\b", "\\bjava\\.", "\\bjavax?\\.[a-z]", "\\bjakarta\\.[a-z]",
            "org\\.caregate", "org\\.hibernate", "org\\.jboss", "io\\.smallrye", "io\\.undertow", "graphql\\.[a-z]+\\.",
            "SRGQL\\d+", "ARJUNA\\d+", "RESTEASY\\d+", "UT\\d{6}", "WFLY[A-Z]*\\d+", "HHH\\d+", "PSQLException",
            "\\bat [a-z]+\\.[a-z]+\\.", "null-pointer", "\\$[A-Z][A-Za-z]*(Input|Request|Node)\\b",
            "syntax error at or near", "violates [a-z -]+ constraint", "duplicate key value", "relation \"",
            "SQLState", "\\bERROR: ", "\\bSELECT\\b[^\\n]{0,200}\\bFROM\\b", "\\bINSERT INTO\\b"));

    private Rules() {
    }

    /** What is wrong with an answer; empty when it keeps every rule. */
    public static List<String> broken(int status, String body, long millis) {
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("status " + status);
        }
        Matcher insides = INSIDES.matcher(body);
        if (insides.find()) {
            String around = body.substring(Math.max(0, insides.start() - 120), Math.min(body.length(), insides.end() + 60));
            problems.add("reveals \"" + insides.group() + "\" in …" + around.replaceAll("\\s+", " ") + "…");
        }
        if (millis > MOST_MILLIS) {
            problems.add("took " + millis + " ms");
        }
        return problems;
    }

    /**
     * Whether a request was refused: a 4xx, a GraphQL answer whose fields are null with errors, or a payload with
     * {@code messages} (Healthie's refusal of a mutation's input).
     */
    public static boolean refused(int status, String body, boolean graphQl) {
        if (status >= 400) {
            return true;
        }
        if (!graphQl) {
            return false;
        }
        JsonObject answer;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            answer = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            return true;
        }
        JsonValue data = answer.get("data");
        if (!(data instanceof JsonObject fields) || fields.values().stream().allMatch(v -> v == JsonValue.NULL)) {
            return true;
        }
        return fields.values().stream().anyMatch(payload -> payload instanceof JsonObject object
                && object.containsKey("messages") && object.get("messages") != JsonValue.NULL);
    }
}
