package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's context-aware linking (seed 004): an EHR encrypts who enters which visit with the organization's secret,
 * exactly as the seed specifies, and GET /integrations/linking redirects to that participant's visit link.
 */
class ContextLinkingIT {

    private static final String SECRET = "the practice's shared secret " + Api.unique();
    private static Clinic clinic;
    private static String ehrId;
    private static String externalId;
    private static long appointmentId;
    private static String patientVisitUrl;

    @BeforeAll
    static void visit() {
        clinic = Clinic.open("America/New_York");
        JsonObject set = data(clinic.key, "mutation($s: String) { setContextLinkingSecret(input: {secret: $s}) "
                + "{ configured messages { field message } } }", vars("s", SECRET)).getJsonObject("setContextLinkingSecret");
        assertThat(set.getBoolean("configured")).as(set.toString()).isTrue();
        String room = "Linked room " + Api.unique();
        data(clinic.key, "mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, provider_ids: $p}) "
                + "{ waitingRoom { id } } }", vars("n", room, "p", Clinic.ids(clinic.providerId)));
        ehrId = "EHR-" + Api.unique();
        rest("POST", "/qapi/v1/patients", clinic.key, SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com"));
        externalId = "visit-" + Api.unique();
        JsonObject created = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"externalId\": \"" + externalId + "\", \"date\": "
                        + Instant.now().plusSeconds(600).getEpochSecond() + "}").body());
        appointmentId = created.getJsonNumber("id").longValue();
        patientVisitUrl = created.getString("visitUrl");
    }

    /** The seed's recipe: URL Encode(Base64(Salt) + Base64(IV) + Base64(AES-256-CBC with key SHA-256(secret + salt))). */
    static String encrypt(String json, String secret) throws Exception {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[8];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(secret.getBytes(StandardCharsets.UTF_8));
        sha256.update(salt);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sha256.digest(), "AES"), new IvParameterSpec(iv));
        Base64.Encoder base64 = Base64.getEncoder();
        return URLEncoder.encode(base64.encodeToString(salt) + base64.encodeToString(iv)
                + base64.encodeToString(cipher.doFinal(json.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
    }

    private static String content(String user, String type, String visit, String patientId) {
        return "{\"user\":\"%s\",\"type\":\"%s\",\"visit\":\"%s\",\"date\":%d,\"patient\":{\"id\":\"%s\",\"sex\":\"male\","
                .formatted(user, type, visit, Instant.now().getEpochSecond(), patientId)
                + "\"dob\":\"1983-08-15\",\"firstName\":\"Mike\",\"lastName\":\"Shinoda\"}}";
    }

    private static HttpResponse<String> connect(String arg) {
        return Api.send(HttpRequest.newBuilder(Api.uri("/integrations/linking?arg=" + arg)).GET());
    }

    @Test
    void redirectsEachRoleToItsOwnVisitLink() throws Exception {
        HttpResponse<String> patient = connect(encrypt(content(ehrId, "patient", Long.toString(appointmentId), ehrId), SECRET));
        assertThat(patient.statusCode()).isEqualTo(302);
        assertThat(patient.headers().firstValue("Location")).contains(patientVisitUrl);

        String providerUrl = json(rest("GET", "/qapi/v1/appointments/" + appointmentId + "/provider-link", clinic.key, null)
                .body()).getString("providerVisitUrl");
        HttpResponse<String> provider = connect(encrypt(content(clinic.providerId, "provider", externalId, ehrId), SECRET));
        assertThat(provider.statusCode()).isEqualTo(302);
        assertThat(provider.headers().firstValue("Location")).contains(providerUrl);

        String assistant = clinic.addProvider("America/New_York");
        HttpResponse<String> first = connect(encrypt(content(assistant, "medicalAssistant", externalId, ehrId), SECRET));
        HttpResponse<String> again = connect(encrypt(content(assistant, "medicalAssistant", externalId, ehrId), SECRET));
        String assistantUrl = first.headers().firstValue("Location").orElseThrow();
        assertThat(assistantUrl).isNotIn(patientVisitUrl, providerUrl);
        assertThat(again.headers().firstValue("Location")).contains(assistantUrl);
        JsonObject state = json(Api.send(HttpRequest.newBuilder(java.net.URI.create(assistantUrl + "/state")).GET()).body());
        assertThat(state.getString("role")).isEqualTo("participant");
    }

    @Test
    void refusesUnreadableWrongAndUnknownLinksRevealingNothing() throws Exception {
        String good = content(ehrId, "patient", Long.toString(appointmentId), ehrId);
        assertError(connect(encrypt(good, "somebody else's secret 123")), 400, "could not be read");
        String valid = java.net.URLDecoder.decode(encrypt(good, SECRET), StandardCharsets.UTF_8);
        String tampered = valid.substring(0, valid.length() - 6) + (valid.charAt(valid.length() - 6) == 'A' ? 'B' : 'A')
                + valid.substring(valid.length() - 5);
        assertError(connect(URLEncoder.encode(tampered, StandardCharsets.UTF_8)), 400, "could not be read");
        assertError(connect(""), 400, "arg");
        // one answer for every way a link is wrong (no padding oracle), including a link whose date is days old
        assertError(connect(encrypt("{\"user\":\"1\",\"type\":\"nurse\"}", SECRET)), 400, "could not be read");
        String replayed = content(ehrId, "patient", Long.toString(appointmentId), ehrId).replaceFirst(
                "\"date\":\\d+", "\"date\":" + Instant.now().minusSeconds(3 * 86_400).getEpochSecond());
        assertError(connect(encrypt(replayed, SECRET)), 400, "could not be read");
        assertError(connect(encrypt(content(ehrId, "patient", "no-such-visit", ehrId), SECRET)), 404, "Visit not found");
        assertError(connect(encrypt(content(ehrId, "patient", Long.toString(appointmentId), "someone-else"), SECRET)),
                404, "Visit not found");
        assertError(connect(encrypt(content("999999999", "provider", Long.toString(appointmentId), ehrId), SECRET)),
                404, "Visit not found");
    }

    @Test
    void aLinkToAVisitThatIsOverHasExpired() throws Exception {
        String room = "Past room " + Api.unique();
        data(clinic.key, "mutation($n: String) { createWaitingRoom(input: {name: $n}) { waitingRoom { id } } }",
                vars("n", room));
        long past = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"date\": " + Instant.now().minusSeconds(3 * 3600).getEpochSecond() + "}")
                .body()).getJsonNumber("id").longValue();
        assertError(connect(encrypt(content(ehrId, "patient", Long.toString(past), ehrId), SECRET)), 410, "expired");
    }

    @Test
    void onlyOwnersAndAdminsSetTheSecretAndItMustBeLongEnough() {
        JsonObject tooShort = data(clinic.key, "mutation { setContextLinkingSecret(input: {secret: \"short\"}) "
                + "{ configured messages { field message } } }", null).getJsonObject("setContextLinkingSecret");
        assertThat(tooShort.getBoolean("configured")).isFalse();
        assertThat(tooShort.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("secret");
    }

    private static void assertError(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response.body()).getJsonObject("error").getString("message")).contains(text);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
