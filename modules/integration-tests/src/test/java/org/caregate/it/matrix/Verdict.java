package org.caregate.it.matrix;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.caregate.it.Api;

/**
 * Whether an answer refused in its contract's shape and gave nothing of another organization away: over GraphQL an
 * error {@code NOT_FOUND}, {@code FORBIDDEN} or {@code UNAUTHENTICATED} (HTTP 401 without a key), or a refusal in
 * the payload's {@code messages} that says the object was not found, with no data; over REST a 401, 403 or 404 with
 * an {@code error}. In neither may any name or email of the other organization appear. A query that filters by the
 * id (a list, a count) passes when it answers exactly as it does for an id that never existed: B's object is then
 * indistinguishable from none.
 *
 * @param denied whether the call was refused as it must be
 * @param reason what was wrong when it was not; for a query answered as for a missing id, that
 */
public record Verdict(boolean denied, String reason) {

    private static final Set<String> REFUSALS = Set.of("NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED");
    private static final Set<Integer> REST_REFUSALS = Set.of(401, 403, 404);

    /** How a query's answer is described that was the same as for a missing id. */
    public static final String AS_FOR_MISSING = "answered as for a missing id";

    static Verdict refused() {
        return new Verdict(true, null);
    }

    /** Whether this verdict may still pass by the missing-id comparison: data answered, nothing of B quoted. */
    public boolean comparable(HttpResponse<String> response) {
        return !denied && response.statusCode() == 200 && !reason.startsWith("quotes")
                && !parse(response.body()).containsKey("errors");
    }

    /** This verdict, or a pass when the answer was the one an id that never existed gets. */
    public Verdict orAsForMissing(HttpResponse<String> response, String foreignId, HttpResponse<String> forMissing,
                                  String missingId) {
        // an answer may quote the id it was given, as a JSON string; nowhere else is it replaced (it may be a date's digits)
        boolean same = forMissing.statusCode() == response.statusCode() && response.body().replace("\"" + foreignId + "\"",
                "\"{id}\"").equals(forMissing.body().replace("\"" + missingId + "\"", "\"{id}\""));
        return same ? new Verdict(true, AS_FOR_MISSING) : this;
    }

    static Verdict answered(String reason, HttpResponse<String> response) {
        String body = response.body();
        return new Verdict(false, reason + " (HTTP " + response.statusCode() + ": "
                + (body.length() > 400 ? body.substring(0, 400) + "…" : body) + ")");
    }

    /** The verdict on a probe's answer. */
    public static Verdict of(Probe probe, HttpResponse<String> response, Collection<String> foreignMarkers) {
        for (String marker : foreignMarkers) {
            if (response.body().contains(marker)) {
                return answered("quotes the other organization's " + marker, response);
            }
        }
        return probe.operation().contains("/") ? rest(response) : graphql(probe.operation(), response);
    }

    private static Verdict rest(HttpResponse<String> response) {
        if (!REST_REFUSALS.contains(response.statusCode())) {
            return answered("not refused", response);
        }
        JsonValue error = parse(response.body()).get("error");
        return error == null ? answered("refused outside the contract's error shape", response) : refused();
    }

    private static Verdict graphql(String operation, HttpResponse<String> response) {
        JsonObject answer = parse(response.body());
        JsonArray errors = answer.getJsonArray("errors");
        if (response.statusCode() == 401) {
            return errors != null && code(errors.getJsonObject(0)).equals("UNAUTHENTICATED") ? refused()
                    : answered("401 outside the contract's shape", response);
        }
        if (response.statusCode() != 200) {
            return answered("unexpected status", response);
        }
        JsonValue data = answer.get("data") == null || answer.get("data").getValueType() != JsonValue.ValueType.OBJECT
                ? JsonValue.NULL : answer.getJsonObject("data").getOrDefault(operation, JsonValue.NULL);
        if (errors != null && !errors.isEmpty()) {
            boolean refusal = errors.stream().map(JsonValue::asJsonObject).allMatch(e -> REFUSALS.contains(code(e))
                    || notFound(e.getString("message", "")));
            return refusal && data.getValueType() == JsonValue.ValueType.NULL ? refused()
                    : answered("errors that are no refusal, or data beside them", response);
        }
        if (data.getValueType() == JsonValue.ValueType.OBJECT && data.asJsonObject().get("messages") != null
                && data.asJsonObject().get("messages").getValueType() == JsonValue.ValueType.ARRAY) {
            JsonObject payload = data.asJsonObject();
            boolean empty = payload.entrySet().stream().filter(e -> !e.getKey().equals("messages"))
                    .allMatch(e -> e.getValue().getValueType() == JsonValue.ValueType.NULL);
            boolean notFound = payload.getJsonArray("messages").stream()
                    .anyMatch(m -> notFound(m.asJsonObject().getString("message", "")));
            return empty && notFound ? refused() : answered("a payload that is no not-found refusal", response);
        }
        return answered("answered", response);
    }

    private static boolean notFound(String message) {
        return message.toLowerCase(Locale.ROOT).contains("not found");
    }

    private static String code(JsonObject error) {
        JsonObject extensions = error.getJsonObject("extensions");
        return extensions == null ? "" : extensions.getString("code", "");
    }

    private static JsonObject parse(String body) {
        try {
            return Api.json(body);
        } catch (RuntimeException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
