package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caregate.it.webhooks.SeedVerifiers;
import org.caregate.it.webhooks.WebhookReceiver;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: subscriptions of both contracts, deliveries a receiver verifies with the seeds' own code,
 * retries, Retry-After, 410 Gone, days of failures (squeezed into seconds by the test server's settings), the
 * delivery log, replay, the SSRF guard, sub-organizations and the consumer's inbox.
 */
class WebhooksIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CREATE = """
            mutation($url: String, $events: [String], $retry: Boolean, $standard: Boolean) {
              createWebhook(input: {url: $url, event_types: $events, should_retry: $retry, standard_webhooks: $standard}) {
                webhook { id url event_types signing_secret contract should_retry standard_webhooks is_enabled disabled_reason }
                messages { field message } } }""";
    static final String DELIVERIES = """
            query($id: ID, $status: String) { webhookDeliveries(webhook_id: $id, status: $status) {
              id webhook_id event_id event_type payload status attempts_count next_attempt_at last_status_code last_error
              attempts { attempted_at status_code latency_ms error response } } }""";

    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    static JsonObject subscribe(String key, String url, List<String> events, Boolean retry, Boolean standard) {
        JsonObject payload = data(key, CREATE, vars("url", url, "events", events, "retry", retry, "standard", standard))
                .getJsonObject("createWebhook");
        assertThat(payload.get("messages").toString()).as("createWebhook messages").isEqualTo("null");
        return payload.getJsonObject("webhook");
    }

    static JsonArray deliveries(String key, String webhookId, String status) {
        return data(key, DELIVERIES, vars("id", webhookId, "status", status)).getJsonArray("webhookDeliveries");
    }

    static JsonObject webhook(String key, String id) {
        return data(key, "query($id: ID) { webhook(id: $id) { id is_enabled disabled_reason failing_since } }",
                vars("id", id)).getJsonObject("webhook");
    }

    static void assertSignedAsSeed001(Received delivery, String secret) throws Exception {
        assertThat(delivery.header("content-type")).isEqualTo("application/json");
        assertThat(delivery.header("signature-input")).startsWith("sig1=(\"@method\" \"@path\" \"@query\"");
        assertThat(SeedVerifiers.digestMatchesBody(delivery)).as("Content-Digest is the body's SHA-256").isTrue();
        assertThat(SeedVerifiers.healthieSignatureValid(delivery, secret)).as("seed 001 check, in Java").isTrue();
        SeedVerifiers.healthieSignatureValidInNode(delivery, secret)
                .ifPresent(valid -> assertThat(valid).as("seed 001's JavaScript, verbatim, in node").isTrue());
        assertThat(SeedVerifiers.healthieSignatureValid(delivery, secret + "x")).as("a wrong secret fails").isFalse();
    }

    @Test
    void healthieDeliveriesCarryTheThinPayloadAndVerifyWithTheSeedsJavaScript() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/healthie/" + Api.unique();
        JsonObject webhook = subscribe(clinic.key, receiver.url(path + "?source=caregate"), List.of("patient.created",
                "patient.updated", "availability.created", "appointment.created", "appointment.updated"), null, null);
        assertThat(webhook.getString("signing_secret")).startsWith("whsec_");
        assertThat(webhook.getString("contract")).isEqualTo("healthie");
        String secret = webhook.getString("signing_secret");

        String patient = Fixtures.createClient(clinic.key, "Hana", "Hook", "hana." + Api.unique() + "@example.org");
        data(clinic.key, "mutation($id: ID) { updateClient(input: {id: $id, first_name: \"Hanna\"}) { user { id } } }",
                vars("id", patient));
        String availability = clinic.once(clinic.providerId, LocalDate.now().plusDays(3), "09:00", "12:00");
        String type = clinic.appointmentType("Check-in " + Api.unique(), 30);
        String appointment = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Phone Call", datetime: $d}) { appointment { id } } }""",
                vars("u", patient, "t", type, "d", LocalDate.now().plusDays(3) + " 10:00:00"))
                .getJsonObject("createAppointment").getJsonObject("appointment").getString("id");
        data(clinic.key, "mutation($id: ID) { updateAppointment(input: {id: $id, pm_status: \"No-Show\"}) { appointment { id } } }",
                vars("id", appointment));

        List<Received> received = receiver.await(path, 5, WAIT);
        for (Received delivery : received) {
            assertThat(delivery.query()).isEqualTo("source=caregate");
            assertSignedAsSeed001(delivery, secret);
            assertThat(delivery.header("webhook-id")).as("standard headers only when asked for").isNull();
        }
        assertThat(received).extracting(Received::body).containsExactlyInAnyOrder(
                "{\"resource_id\":" + patient + ",\"resource_id_type\":\"User\",\"event_type\":\"patient.created\"}",
                "{\"resource_id\":" + patient + ",\"resource_id_type\":\"User\",\"event_type\":\"patient.updated\","
                        + "\"changed_fields\":[\"first_name\",\"updated_at\"]}",
                "{\"resource_id\":" + availability + ",\"resource_id_type\":\"Availability\",\"event_type\":\"availability.created\"}",
                "{\"resource_id\":" + appointment + ",\"resource_id_type\":\"Appointment\",\"event_type\":\"appointment.created\"}",
                received.stream().map(Received::body).filter(b -> b.contains("appointment.updated")).findFirst()
                        .orElse("missing appointment.updated"));
        String updated = received.stream().map(Received::body).filter(b -> b.contains("appointment.updated"))
                .findFirst().orElseThrow();
        assertThat(Api.json(updated).getJsonArray("changed_fields").toString()).contains("pm_status");

        JsonArray log = deliveries(clinic.key, webhook.getString("id"), "delivered");
        assertThat(log).hasSize(5);
        JsonObject first = log.getJsonObject(0);
        assertThat(first.getInt("attempts_count")).isEqualTo(1);
        assertThat(first.getJsonArray("attempts").getJsonObject(0).getInt("status_code")).isEqualTo(200);
        assertThat(first.getJsonArray("attempts").getJsonObject(0).getString("response")).isEqualTo("answered 200");
        Set<String> deliveryIds = new HashSet<>();
        received.forEach(r -> deliveryIds.add(r.header("x-caregate-delivery")));
        assertThat(deliveryIds).hasSize(5);
    }

    @Test
    void standardWebhooksHeadersWhenAskedFor() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/standard/" + Api.unique();
        JsonObject webhook = subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, true);
        Fixtures.createClient(clinic.key, "Stan", "Dard", "stan." + Api.unique() + "@example.org");
        Received delivery = receiver.await(path, 1, WAIT).get(0);
        String secret = webhook.getString("signing_secret");
        assertSignedAsSeed001(delivery, secret);
        String id = delivery.header("webhook-id");
        String timestamp = delivery.header("webhook-timestamp");
        assertThat(id).isEqualTo(delivery.header("x-caregate-delivery"));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
                "HmacSHA256"));
        String expected = "v1," + java.util.Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + delivery.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(delivery.header("webhook-signature")).isEqualTo(expected);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(60);
    }

    @Test
    void soloWebhooksAreManagedOverRestAndTheirPayloadsDecryptWithTheSeedsPhp() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/solo/" + Api.unique();
        HttpResponse<String> created = Api.rest("POST", "/qapi/v1/webhooks", clinic.key,
                "{\"endpoint\": \"" + receiver.url(path) + "\", \"events\": [\"patient:created\", \"appointment:scheduled\", \"appointment:cancelled\"]}");
        assertThat(created.statusCode()).isEqualTo(200);
        JsonObject webhook = Api.json(created.body());
        String id = webhook.getString("id");
        String key = webhook.getString("encryptionKey");
        assertThat(java.util.Base64.getDecoder().decode(key)).hasSize(16);
        assertThat(webhook.getString("endpoint")).isEqualTo(receiver.url(path));
        assertThat(webhook.getBoolean("active")).isTrue();

        HttpResponse<String> list = Api.rest("GET", "/qapi/v1/webhooks", clinic.key, null);
        assertThat(Api.json("{\"l\":" + list.body() + "}").getJsonArray("l")).hasSize(1);
        assertThat(list.body()).contains(id).doesNotContain("encryptionKey");
        assertThat(Api.json(Api.rest("GET", "/qapi/v1/webhooks/" + id, clinic.key, null).body()).getString("encryptionKey"))
                .isEqualTo(key);

        String patient = Api.json("{\"spid\":" + Api.rest("POST", "/qapi/v1/patients", clinic.key,
                SoloPatientsIT.seedPatient("EHR-" + Api.unique(), "solo." + Api.unique() + "@example.org")).body() + "}")
                .getJsonNumber("spid").toString();
        Received delivery = receiver.await(path, 1, WAIT).get(0);
        JsonObject body = Api.json(delivery.body());
        assertThat(body.getString("event")).isEqualTo("patient:created");
        String expected = "{\"event\":\"patient:created\",\"data\":{\"patientId\":" + patient + "}}";
        assertThat(SeedVerifiers.soloDecrypt(key, body.getString("data"))).isEqualTo(expected);
        SeedVerifiers.soloDecryptInPhp(key, body.getString("data"))
                .ifPresent(decrypted -> assertThat(decrypted).as("seed 004's PHP, verbatim").isEqualTo(expected));

        HttpResponse<String> updated = Api.rest("PUT", "/qapi/v1/webhooks/" + id, clinic.key,
                "{\"events\": [\"patient:updated\"]}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(Api.json(updated.body()).getJsonArray("events").toString()).isEqualTo("[\"patient:updated\"]");
        for (String bad : List.of("{\"endpoint\": \"http://169.254.169.254/\", \"events\": [\"patient:created\"]}",
                "{\"endpoint\": \"" + receiver.url(path) + "\", \"events\": [\"patient:exploded\"]}",
                "{\"events\": [\"patient:created\"]}", "{\"endpoint\": 5, \"events\": \"patient:created\"}", "not json")) {
            HttpResponse<String> refused = Api.rest("POST", "/qapi/v1/webhooks", clinic.key, bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(Api.json(refused.body()).getJsonObject("error").getString("message")).as(bad).startsWith("Bad parameters");
        }
        Clinic other = Clinic.open("UTC");
        assertThat(Api.rest("GET", "/qapi/v1/webhooks/" + id, other.key, null).statusCode()).isEqualTo(404);
        assertThat(Api.rest("DELETE", "/qapi/v1/webhooks/" + id, other.key, null).statusCode()).isEqualTo(404);
        assertThat(Api.rest("GET", "/qapi/v1/webhooks/not-a-uuid", clinic.key, null).statusCode()).isEqualTo(404);
        assertThat(Api.rest("GET", "/qapi/v1/webhooks", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> deleted = Api.rest("DELETE", "/qapi/v1/webhooks/" + id, clinic.key, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(Api.json(deleted.body()).getBoolean("active")).isFalse();
        data(clinic.key, "mutation($id: ID) { updateClient(input: {id: $id, first_name: \"Changed\"}) { user { id } } }",
                vars("id", patient));
        sleep(2500);
        assertThat(receiver.at(path)).as("nothing after deactivation").hasSize(1);
    }

    @Test
    void failedDeliveriesAreRetriedWithBackoffUnderTheSameDeliveryId() {
        Clinic clinic = Clinic.open("UTC");
        String path = "/flaky/" + Api.unique();
        receiver.answer(path, 500, 502);
        JsonObject webhook = subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        Fixtures.createClient(clinic.key, "Flaky", "Receiver", "flaky." + Api.unique() + "@example.org");

        List<Received> attempts = receiver.await(path, 3, WAIT);
        assertThat(attempts).extracting(r -> r.header("x-caregate-delivery")).containsOnly(attempts.get(0).header("x-caregate-delivery"));
        assertThat(attempts).extracting(Received::body).containsOnly(attempts.get(0).body());
        Duration firstWait = Duration.between(attempts.get(0).at(), attempts.get(1).at());
        Duration secondWait = Duration.between(attempts.get(1).at(), attempts.get(2).at());
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(1900));

        JsonObject delivery = awaitDelivery(clinic.key, webhook.getString("id"), "delivered");
        assertThat(delivery.getInt("attempts_count")).isEqualTo(3);
        assertThat(delivery.getJsonArray("attempts")).extracting(a -> ((JsonObject) a).getInt("status_code"))
                .containsExactly(500, 502, 200);
        assertThat(webhook(clinic.key, webhook.getString("id")).isNull("failing_since")).as("a success ends the failures").isTrue();
    }

    @Test
    void aReceiverThatStopsHalfWayHoldsUpNobodyElse() {
        // issue 11 finding 7: the body read had no deadline and the dispatcher waited for the whole batch, so one
        // receiver that sent its headers and then nothing stopped every tenant's deliveries on the server
        Clinic clinic = Clinic.open("UTC");
        String silent = "/silent/" + Api.unique();
        String healthy = "/healthy/" + Api.unique();
        receiver.stallAfterHeaders(silent);
        try {
            JsonObject stalled = subscribe(clinic.key, receiver.url(silent), List.of("patient.created"), false, null);
            subscribe(clinic.key, receiver.url(healthy), List.of("patient.created"), null, null);
            Fixtures.createClient(clinic.key, "First", "Patient", "first." + Api.unique() + "@example.org");
            receiver.await(silent, 1, WAIT);
            receiver.await(healthy, 1, WAIT);

            Fixtures.createClient(clinic.key, "Second", "Patient", "second." + Api.unique() + "@example.org");
            // well within the 5 s response timeout the silent receiver is still holding its attempt open
            receiver.await(healthy, 2, Duration.ofSeconds(4));

            JsonObject failed = awaitDelivery(clinic.key, stalled.getString("id"), "failed");
            assertThat(failed.getJsonArray("attempts").getJsonObject(0).getString("error")).contains("timed out");
        } finally {
            receiver.release(silent);
        }
    }

    @Test
    void retryAfterIsHonouredAndAnEndpointWithoutRetriesFailsAtOnce() {
        Clinic clinic = Clinic.open("UTC");
        String path = "/busy/" + Api.unique();
        receiver.answer(path, 429);
        receiver.retryAfter(path, "4");
        subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        Fixtures.createClient(clinic.key, "Busy", "Receiver", "busy." + Api.unique() + "@example.org");
        List<Received> attempts = receiver.await(path, 2, WAIT);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .as("waits the 4 s the receiver asked for, not the 1 s first retry").isGreaterThanOrEqualTo(Duration.ofMillis(3800));

        String once = "/once/" + Api.unique();
        receiver.answer(once, 500);
        JsonObject noRetry = subscribe(clinic.key, receiver.url(once), List.of("patient.created"), false, null);
        Fixtures.createClient(clinic.key, "Once", "Only", "once." + Api.unique() + "@example.org");
        receiver.await(once, 1, WAIT);
        JsonObject failed = awaitDelivery(clinic.key, noRetry.getString("id"), "failed");
        assertThat(failed.getInt("attempts_count")).isEqualTo(1);
        assertThat(failed.getInt("last_status_code")).isEqualTo(500);
        sleep(2500);
        assertThat(receiver.at(once)).hasSize(1);
    }

    @Test
    void goneDisablesTheWebhook() {
        Clinic clinic = Clinic.open("UTC");
        String path = "/gone/" + Api.unique();
        receiver.answer(path, 410);
        JsonObject webhook = subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        Fixtures.createClient(clinic.key, "Gone", "Away", "gone." + Api.unique() + "@example.org");
        receiver.await(path, 1, WAIT);
        awaitDelivery(clinic.key, webhook.getString("id"), "failed");
        JsonObject state = webhook(clinic.key, webhook.getString("id"));
        assertThat(state.getBoolean("is_enabled")).isFalse();
        assertThat(state.getString("disabled_reason")).contains("410");
        Fixtures.createClient(clinic.key, "After", "Gone", "after.gone." + Api.unique() + "@example.org");
        sleep(2500);
        assertThat(receiver.at(path)).hasSize(1);
    }

    @Test
    void daysOfFailuresTellTheOwnersThenDisableAndFailedDeliveriesReplayOnceFixed() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String owner = data(clinic.key, "{ user(or_current_user: true) { email } }", null).getJsonObject("user").getString("email");
        String path = "/down/" + Api.unique();
        receiver.answer(path, java.util.Collections.nCopies(60, 500).toArray(Integer[]::new));
        JsonObject webhook = subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        String id = webhook.getString("id");
        Fixtures.createClient(clinic.key, "Down", "Receiver", "down." + Api.unique() + "@example.org");

        // the test server tells owners after 5 s of failures and disables after 45 s
        jakarta.mail.internet.MimeMessage notice = awaitMail(owner, "Caregate webhook failing");
        assertThat(notice.getContent().toString()).contains(receiver.url(path)).contains(id);
        assertThat(webhook(clinic.key, id).getBoolean("is_enabled")).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(70).toNanos();
        while (webhook(clinic.key, id).getBoolean("is_enabled") && System.nanoTime() < deadline) {
            sleep(300);
        }
        JsonObject disabled = webhook(clinic.key, id);
        assertThat(disabled.getBoolean("is_enabled")).isFalse();
        assertThat(disabled.getString("disabled_reason")).contains("failed since");
        awaitMail(owner, "Caregate webhook disabled");
        JsonObject failed = deliveries(clinic.key, id, "failed").getJsonObject(0);
        assertThat(failed.getInt("attempts_count")).isGreaterThanOrEqualTo(5);

        String replay = "mutation($w: ID, $since: String) { replayFailedWebhookDeliveries(input: {webhook_id: $w, since: $since}) { replayed_count messages { field message } } }";
        JsonObject refused = data(clinic.key, replay, vars("w", id, "since", "2020-01-01T00:00:00Z"))
                .getJsonObject("replayFailedWebhookDeliveries");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("message")).contains("disabled");

        receiver.answerNormally(path);
        data(clinic.key, "mutation($id: ID) { updateWebhook(input: {id: $id, is_enabled: true}) { webhook { is_enabled } } }",
                vars("id", id));
        int before = receiver.at(path).size();
        JsonObject replayed = data(clinic.key, replay, vars("w", id, "since", Instant.now().minusSeconds(600).toString()))
                .getJsonObject("replayFailedWebhookDeliveries");
        assertThat(replayed.getInt("replayed_count")).isEqualTo(1);
        List<Received> all = receiver.await(path, before + 1, WAIT);
        assertThat(all.get(all.size() - 1).header("x-caregate-delivery")).isEqualTo(failed.getString("id"));
        assertThat(awaitDelivery(clinic.key, id, "delivered").getString("id")).isEqualTo(failed.getString("id"));
    }

    @Test
    void oneDeliveryIsReplayedUnderItsOwnId() {
        Clinic clinic = Clinic.open("UTC");
        String path = "/replay/" + Api.unique();
        JsonObject webhook = subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        Fixtures.createClient(clinic.key, "Re", "Play", "re.play." + Api.unique() + "@example.org");
        Received first = receiver.await(path, 1, WAIT).get(0);
        JsonObject delivered = awaitDelivery(clinic.key, webhook.getString("id"), "delivered");
        JsonObject replay = data(clinic.key, """
                mutation($w: ID, $d: ID) { replayWebhookDelivery(input: {webhook_id: $w, delivery_id: $d}) {
                  delivery { id status } messages { field message } } }""",
                vars("w", webhook.getString("id"), "d", delivered.getString("id"))).getJsonObject("replayWebhookDelivery");
        assertThat(replay.getJsonObject("delivery").getString("status")).isEqualTo("pending");
        Received again = receiver.await(path, 2, WAIT).get(1);
        assertThat(again.header("x-caregate-delivery")).isEqualTo(first.header("x-caregate-delivery"));
        assertThat(again.body()).isEqualTo(first.body());

        JsonObject unknown = Api.graphql(clinic.key, """
                mutation($w: ID, $d: ID) { replayWebhookDelivery(input: {webhook_id: $w, delivery_id: $d}) {
                  delivery { id } messages { field message } } }""",
                vars("w", webhook.getString("id"), "d", "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.toString()).containsIgnoringCase("delivery not found");
        sleep(1500);
        assertThat(receiver.at(path)).hasSize(2);
    }

    @Test
    void endpointsAreValidatedAndInternalAddressesRefused() {
        Clinic clinic = Clinic.open("UTC");
        for (String url : List.of("not a url", "ftp://example.org/hook", "http://user:secret@example.org/hook",
                "http://169.254.169.254/latest/meta-data", "http://127.0.0.2:8080/hook", "http://[::1]/hook",
                "http://metadata.google.internal/computeMetadata", "http://0.0.0.0/hook", "https://example.org/a#b")) {
            JsonObject refused = data(clinic.key, CREATE, vars("url", url, "events", List.of("patient.created")))
                    .getJsonObject("createWebhook");
            assertThat(refused.isNull("webhook")).as(url).isTrue();
            assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).as(url).isEqualTo("url");
        }
        JsonObject unknownEvent = data(clinic.key, CREATE, vars("url", receiver.url("/x"), "events",
                List.of("patient.created", "patient.exploded"))).getJsonObject("createWebhook");
        assertThat(unknownEvent.getJsonArray("messages").getJsonObject(0).getString("message")).contains("patient.exploded");
        JsonObject none = data(clinic.key, CREATE, vars("url", receiver.url("/x"), "events", List.of()))
                .getJsonObject("createWebhook");
        assertThat(none.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("event_types");
        assertThat(data(clinic.key, "{ webhooks { id } }", null).getJsonArray("webhooks")).isEmpty();

        Clinic.Patient patient = clinic.signedInPatient("UTC");
        JsonObject forbidden = Api.graphql(patient.token(), CREATE, vars("url", receiver.url("/x"), "events",
                List.of("patient.created")));
        assertThat(forbidden.toString()).doesNotContain("signing_secret\":\"whsec");
        assertThat(data(clinic.key, "{ webhooks { id } }", null).getJsonArray("webhooks")).isEmpty();
    }

    @Test
    void parentsHearTheirSubOrganizationsAndSubOrganizationsOnlyThemselves() {
        Clinic parent = Clinic.open("UTC");
        String parentId = data(parent.key, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        JsonObject created = data(TestServer.BOOTSTRAP_KEY, """
                mutation($name: String, $parent: ID, $email: String) {
                  createOrganization(input: {name: $name, parent_id: $parent, first_name: "Sub", last_name: "Owner", email: $email}) {
                    organization { id } api_key messages { field message } } }""",
                vars("name", "Sub " + Api.unique(), "parent", parentId, "email", "sub-" + Api.unique() + "@example.org"))
                .getJsonObject("createOrganization");
        assertThat(created.get("messages").toString()).isEqualTo("null");
        String subKey = created.getString("api_key");
        String parentPath = "/parent/" + Api.unique();
        String subPath = "/sub/" + Api.unique();
        subscribe(parent.key, receiver.url(parentPath), List.of("patient.created"), null, null);
        subscribe(subKey, receiver.url(subPath), List.of("patient.created"), null, null);

        String inSub = Fixtures.createClient(subKey, "In", "Sub", "in.sub." + Api.unique() + "@example.org");
        String inParent = Fixtures.createClient(parent.key, "In", "Parent", "in.parent." + Api.unique() + "@example.org");
        List<Received> atParent = receiver.await(parentPath, 2, WAIT);
        assertThat(atParent).extracting(r -> Api.json(r.body()).getJsonNumber("resource_id").toString())
                .containsExactlyInAnyOrder(inSub, inParent);
        List<Received> atSub = receiver.await(subPath, 1, WAIT);
        sleep(1500);
        assertThat(receiver.at(subPath)).hasSize(1);
        assertThat(Api.json(atSub.get(0).body()).getJsonNumber("resource_id").toString()).isEqualTo(inSub);
    }

    @Test
    void aCopyOfAnEventTheBrokerLetsThroughIsDeliveredOnce() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/inbox/" + Api.unique();
        subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        String patient = Fixtures.createClient(clinic.key, "In", "Box", "in.box." + Api.unique() + "@example.org");
        receiver.await(path, 1, WAIT);
        String payload;
        try (var db = TestServer.get().connectToDatabase(); var select = db.prepareStatement(
                "SELECT payload FROM caregate.outbox_event WHERE type = 'patient.created' AND payload LIKE ?")) {
            select.setString(1, "%\"resourceId\":\"" + patient + "\"%");
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                payload = rows.getString(1);
            }
        }
        HttpResponse<String> published = Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("/jms-probe/publish-event"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload)).header("Content-Type", "text/plain"));
        assertThat(published.statusCode()).isEqualTo(204);
        sleep(3000);
        assertThat(receiver.at(path)).hasSize(1);
    }

    @Test
    void concurrentEventsAreEachDeliveredExactlyOnce() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/busy-clinic/" + Api.unique();
        subscribe(clinic.key, receiver.url(path), List.of("patient.created"), null, null);
        List<String> patients = Concurrently.run(24, i -> Fixtures.createClient(clinic.key, "Many", "P" + i,
                "many." + i + "." + Api.unique() + "@example.org"));
        List<Received> received = receiver.await(path, 24, WAIT);
        sleep(1500);
        assertThat(receiver.at(path)).hasSize(24);
        assertThat(received).extracting(r -> Api.json(r.body()).getJsonNumber("resource_id").toString())
                .containsExactlyInAnyOrderElementsOf(patients);
        assertThat(received.stream().map(r -> r.header("x-caregate-delivery")).distinct().count()).isEqualTo(24);
    }

    static JsonObject awaitDelivery(String key, String webhookId, String status) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonArray found = deliveries(key, webhookId, status);
            if (!found.isEmpty()) {
                return found.getJsonObject(0);
            }
            sleep(200);
        }
        throw new AssertionError("no " + status + " delivery for webhook " + webhookId + ": "
                + deliveries(key, webhookId, null));
    }

    static jakarta.mail.internet.MimeMessage awaitMail(String to, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage message : TestServer.get().mail().getReceivedMessagesForDomain(to)) {
                if (message.getSubject().startsWith(subjectStart)
                        && java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                    return message;
                }
            }
            sleep(300);
        }
        throw new AssertionError("no mail \"" + subjectStart + "\" to " + to);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
