package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.graphqlResponse;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** API keys, sign-up and sign-in, and what happens without them, on both APIs. */
class AuthenticationIT {

    private static final String KEY = TestServer.BOOTSTRAP_KEY;
    private static final String CURRENT_USER = "{ user(or_current_user: true) { id is_patient } }";

    @Test
    void withoutAKeyGraphQlAnswers401InItsErrorShape() {
        HttpResponse<String> response = graphqlResponse(null, CURRENT_USER, null);
        assertThat(response.statusCode()).isEqualTo(401);
        JsonObject error = json(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(error.getString("message")).contains("Authorization: Basic");
    }

    @Test
    void withoutAKeyRestAnswers401InSolosErrorShape() {
        HttpResponse<String> response = Api.rest("GET", "/qapi/v1/patients/anyone", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).getJsonObject("error").getString("message")).contains("API key");
    }

    @Test
    void anOversizedAnonymousRequestIsRefusedUnread() {
        String padding = "x".repeat(1024 * 1024 + 10);
        HttpResponse<String> response = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\",\"padding\":\"" + padding + "\"}")));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response.body()).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anAnonymousRequestMayHoldOneMutationAndNoBatch() {
        // issue 11 finding 5: aliased signIn multiplied the password hashing one anonymous request could cause
        StringBuilder aliased = new StringBuilder("mutation {");
        for (int i = 0; i < 100; i++) {
            aliased.append(" s").append(i).append(": signIn(input: {email: \"nobody@example.org\", password: \"x\"})"
                    + " { token }");
        }
        HttpResponse<String> response = graphqlResponse(null, aliased.append(" }").toString(), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("one mutation").doesNotContain("\"token\"");

        HttpResponse<String> batch = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"query\": \"{ appointmentTypes { id } }\"},"
                        + " {\"query\": \"{ appointmentTypes { id } }\"}]")));
        assertThat(batch.statusCode()).isEqualTo(400);
    }

    @Test
    void oneAddressMayMakeSoManyRequestsWithoutAKey() throws Exception {
        // issue 11 finding 5: anonymous operations had no per-client-address limit; this client calls from an address
        // of its own (127.0.0.77), so the rest of the suite, calling from 127.0.0.1, is not slowed by it
        java.net.URI base = java.net.URI.create(TestServer.get().baseUrl());
        byte[] body = "{\"query\": \"{ __typename }\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int refused = 0;
        String retryAfter = null;
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.77", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            for (int i = 0; i < 650 && refused == 0; i++) {
                out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                String status = in.readLine();
                int length = 0;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    String lower = header.toLowerCase(java.util.Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).strip());
                    } else if (lower.startsWith("retry-after:")) {
                        retryAfter = header.substring(12).strip();
                    }
                }
                in.readFully(new byte[length]);
                if (status.contains(" 429 ")) {
                    refused++;
                }
            }
        }
        assertThat(refused).as("a request past 600 a minute from one address is refused").isEqualTo(1);
        assertThat(retryAfter).isNotNull();
        assertThat(graphqlResponse(null, "{ __typename }", null).statusCode()).as("other addresses go on").isEqualTo(200);
    }

    @Test
    void anUnknownKeyIsRefusedOnBothApis() {
        assertThat(graphqlResponse("cg_not_a_key_at_all_0000000000", CURRENT_USER, null).statusCode()).isEqualTo(401);
        HttpResponse<String> rest = Api.rest("GET", "/qapi/v1/patients/anyone", "cg_not_a_key_at_all_0000000000", null);
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(json(rest.body()).getJsonObject("error").getString("message")).isEqualTo("Invalid, revoked or expired API key");
    }

    @Test
    void theKeyIsAcceptedAsBasicAuthorizationAndAsApiKeyHeader() {
        HttpResponse<String> viaApiKeyHeader = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json").header("Api-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + CURRENT_USER + "\"}")));
        assertThat(viaApiKeyHeader.statusCode()).isEqualTo(200);
        assertThat(json(viaApiKeyHeader.body()).getJsonObject("data").getJsonObject("user").getString("id"))
                .isEqualTo(Fixtures.currentUserId(KEY));
        assertThat(Api.rest("GET", "/qapi/v1/patients/nobody-" + Api.unique(), KEY, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aCreatedKeyWorksIsListedWithoutItsSecretAndStopsWorkingOnceRevoked() {
        String ownerId = Fixtures.currentUserId(KEY);
        JsonObject created = data(KEY, "mutation($u: ID) { createApiKey(input: {name: \"ehr\", user_id: $u}) { api_key api_key_object { id displayable_key } messages { field message } } }",
                vars("u", ownerId)).getJsonObject("createApiKey");
        String key = created.getString("api_key");
        String keyId = created.getJsonObject("api_key_object").getString("id");
        assertThat(Fixtures.currentUserId(key)).isEqualTo(ownerId);

        String listed = data(key, "{ api_keys(page_size: 100) { id name displayable_key cursor } }", null).toString();
        assertThat(listed).contains(keyId).contains("ehr").doesNotContain(key);

        JsonObject revoked = data(key, "mutation($id: ID) { revokeApiKey(input: {id: $id}) { api_key_object { revoked_at } messages { field message } } }",
                vars("id", keyId)).getJsonObject("revokeApiKey");
        assertThat(revoked.getJsonObject("api_key_object").getString("revoked_at")).isNotBlank();
        assertThat(graphqlResponse(key, CURRENT_USER, null).statusCode()).isEqualTo(401);
    }

    @Test
    void createApiKeyWithoutAUserIsRefusedInMessages() {
        JsonObject payload = data(KEY, "mutation { createApiKey(input: {name: \"x\"}) { api_key messages { field message } } }", null)
                .getJsonObject("createApiKey");
        assertThat(payload.isNull("api_key")).isTrue();
        assertThat(payload.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("user_id");
    }

    @Test
    void aPatientSignsUpWithoutAKeySignsInAndSeesOnlyThemselves() {
        String unique = Api.unique();
        String email = "patient." + unique + "@example.com";
        String providerId = Fixtures.currentUserId(KEY);
        String signUp = "mutation($e: String, $p: String, $d: String) { signUp(input: {first_name: \"Pat\", last_name: \"Ient" + unique
                + "\", email: $e, password: $p, role: \"patient\", dietitian_id: $d}) { user { id } messages { field message } } }";

        JsonObject weak = data(null, signUp, vars("e", email, "p", "password", "d", providerId)).getJsonObject("signUp");
        assertThat(weak.isNull("user")).isTrue();
        assertThat(weak.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("password");
        JsonObject tooShort = data(null, signUp, vars("e", email, "p", "a1!B", "d", providerId)).getJsonObject("signUp");
        assertThat(tooShort.getJsonArray("messages").getJsonObject(0).getString("message")).contains("at least 8");
        JsonObject tooLong = data(null, signUp, vars("e", email, "p", "long phrase ".repeat(20), "d", providerId)).getJsonObject("signUp");
        assertThat(tooLong.getJsonArray("messages").getJsonObject(0).getString("message")).contains("at most 128");

        String patientId = data(null, signUp, vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", providerId))
                .getJsonObject("signUp").getJsonObject("user").getString("id");

        JsonObject wrong = data(null, "mutation($e: String) { signIn(input: {email: $e, password: \"not it at all\"}) { token messages { field message } } }",
                vars("e", email)).getJsonObject("signIn");
        assertThat(wrong.isNull("token")).isTrue();
        assertThat(wrong.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("Invalid email or password");

        String token = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token user { id } messages { field message } } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        JsonObject me = data(token, CURRENT_USER, null).getJsonObject("user");
        assertThat(me.getString("id")).isEqualTo(patientId);
        assertThat(me.getBoolean("is_patient")).isTrue();

        // a patient may not list patients, nor see another patient
        JsonObject users = graphql(token, "{ users { id } }", null);
        assertThat(users.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");
        String other = Fixtures.createClient(KEY, "Other", "Patient" + unique, "other." + unique + "@example.com");
        JsonObject hidden = graphql(token, "query($id: ID) { user(id: $id) { id first_name } }", vars("id", other));
        assertThat(hidden.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(hidden.toString()).doesNotContain("Other");
    }

    @Test
    void pastOneHundredSignInAttemptsAMinuteAUserGetsTooManyRequests() throws Exception {
        String email = "nobody." + Api.unique() + "@example.com";
        // the burst takes ~10 s on two cores (a password hash per attempt): start it early in a minute, so that it lies
        // in one window of the sliding-window limit — across a boundary the previous minute's weight shrinks while the
        // burst runs and lets a few more in (104 of 105 seen once)
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 40_000) {
            Thread.sleep(60_000 - intoMinute + 200);
        }
        List<JsonObject> answers = Concurrently.run(105, i -> graphql(null,
                "mutation($e: String) { signIn(input: {email: $e, password: \"wrong guess number\"}) { token messages { message } } }",
                vars("e", email)));
        List<JsonObject> limited = answers.stream().filter(a -> a.containsKey("errors")).toList();
        // 100 are let through; past that the attempts are refused
        assertThat(answers.size() - limited.size()).isEqualTo(100);
        assertThat(limited).isNotEmpty();
        assertThat(limited.get(0).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("TOO_MANY_REQUESTS");
        assertThat(answers.stream().filter(a -> !a.containsKey("errors")))
                .allSatisfy(a -> assertThat(a.toString()).contains("Invalid email or password"));
    }

    @Test
    void pastTheRateLimitAKeyGets429WithTooManyRequests() throws Exception {
        String key = data(KEY, "mutation($u: ID) { createApiKey(input: {name: \"burst\", user_id: $u}) { api_key } }",
                vars("u", Fixtures.currentUserId(KEY))).getJsonObject("createApiKey").getString("api_key");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                calls.add(pool.submit(() -> graphqlResponse(key, "{ __typename }", null)));
            }
            List<HttpResponse<String>> refused = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                if (response.statusCode() == 429) {
                    refused.add(response);
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                }
            }
            assertThat(refused).isNotEmpty();
            HttpResponse<String> one = refused.get(0);
            assertThat(one.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(one.body()).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("TOO_MANY_REQUESTS");
        } finally {
            pool.shutdownNow();
        }
    }
}
