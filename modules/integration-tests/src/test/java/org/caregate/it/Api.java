package org.caregate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The HTTP calls the tests make, as an integrator's client would make them. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    /** A POST to {@code /graphql} with Healthie's headers; {@code key} may be {@code null}. */
    public static HttpResponse<String> graphqlResponse(String key, String query, JsonObject variables) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        if (variables != null) {
            body.add("variables", variables);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
        if (key != null) {
            request.header("Authorization", "Basic " + key).header("AuthorizationSource", "API");
        }
        return send(request);
    }

    /**
     * The JSON answer of a GraphQL request that must succeed at the HTTP level. Like a well-behaved client, it waits
     * out a {@code 429} (a suite's burst with one key can pass Healthie's 250 requests a second) for the
     * {@code Retry-After} it is given and asks again, at most three times; the rate limit's own tests read the raw
     * answer ({@link #graphqlResponse}).
     */
    public static JsonObject graphql(String key, String query, JsonObject variables) {
        HttpResponse<String> response = graphqlResponse(key, query, variables);
        for (int retry = 0; retry < 3 && response.statusCode() == 429; retry++) {
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            try {
                Thread.sleep(Math.min(seconds, 5) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            response = graphqlResponse(key, query, variables);
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("GraphQL answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /** {@code data} of a GraphQL answer that must have no errors. */
    public static JsonObject data(String key, String query, JsonObject variables) {
        JsonObject answer = graphql(key, query, variables);
        if (answer.containsKey("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.getJsonObject("data");
    }

    /** A Solo REST call with the {@code Api-Key} header; {@code key} and {@code body} may be {@code null}. */
    public static HttpResponse<String> rest(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Api-Key", key);
        }
        return send(request);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String path) {
        return URI.create(TestServer.get().baseUrl() + path);
    }

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonObject vars(Object... namesAndValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer n) {
                builder.add(name, n);
            } else if (value instanceof JsonValue json) {
                builder.add(name, json);
            } else if (value instanceof java.util.Collection<?> list) {
                builder.add(name, Json.createArrayBuilder(list));
            } else {
                builder.add(name, value.toString());
            }
        }
        return builder.build();
    }

    /** A short random suffix that keeps each test's data apart in the shared database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The {@code extensions.code} of a GraphQL answer's first error ({@code NOT_FOUND}, {@code FORBIDDEN}, ...). */
    public static String errorCode(JsonObject answer) {
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    /** The fields a mutation's payload refused in {@code messages}, in order; fails when it refused nothing. */
    public static List<String> refusedFields(JsonObject payload) {
        if (payload.get("messages").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new AssertionError("no messages in " + payload);
        }
        return payload.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("field")).toList();
    }

    /** Whether a mutation's payload refused with "… not found" first, as for an object that does not exist. */
    public static boolean refusedAsNotFound(JsonObject payload) {
        return payload.getJsonArray("messages").getJsonObject(0).getString("message").endsWith("not found");
    }
}
