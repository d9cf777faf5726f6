package org.caregate.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.caregate.platform.crypto.SoloCipher;
import org.junit.jupiter.api.Test;

class SignaturesAndEncryptionTest {

    static final String BODY = "{\"resource_id\":123123123,\"resource_id_type\":\"Appointment\",\"event_type\":"
            + "\"appointment.updated\",\"changed_fields\":[\"pm_status_last_changed_by_id\",\"last_updated_by_id\"]}";

    @Test
    void healthieHeadersSignTheDocumentedStringWithTheDigestAsTheSeedsJavaScriptReadsIt() {
        Map<String, String> headers = HealthieSignature.headers("whsec_my-secret-key", "/uri/path/here", "", BODY, 1700000000);
        String digestHeader = headers.get("Content-Digest");
        String digest = Base64.getEncoder().encodeToString(HealthieSignature.sha256(BODY.getBytes(StandardCharsets.UTF_8)));
        assertThat(digestHeader).isEqualTo("SHA-256=" + digest);
        assertThat(digest).endsWith("=");
        String cut = digest.substring(0, digest.indexOf('='));
        // the data string of seed 001: method path query digest content-type content-length
        String data = "post /uri/path/here  " + cut + " application/json " + BODY.length();
        String expected = java.util.HexFormat.of().formatHex(
                HealthieSignature.hmacSha256("whsec_my-secret-key".getBytes(StandardCharsets.UTF_8), data));
        assertThat(headers.get("Signature")).isEqualTo("sig1=" + expected);
        assertThat(headers.get("Content-Type")).isEqualTo("application/json");
        assertThat(headers.get("Signature-Input")).startsWith("sig1=(").contains("created=1700000000");
    }

    @Test
    void aSignatureChangesWithTheSecretThePathAndTheQuery() {
        String digest = HealthieSignature.headers("k", "/a", "", BODY, 1).get("Content-Digest");
        String base = HealthieSignature.sign("k", "POST", "/a", "", digest, BODY.length());
        assertThat(HealthieSignature.sign("k", "post", "/a", "", digest, BODY.length())).isEqualTo(base);
        assertThat(HealthieSignature.sign("k2", "post", "/a", "", digest, BODY.length())).isNotEqualTo(base);
        assertThat(HealthieSignature.sign("k", "post", "/b", "", digest, BODY.length())).isNotEqualTo(base);
        assertThat(HealthieSignature.sign("k", "post", "/a", "x=1", digest, BODY.length())).isNotEqualTo(base);
    }

    @Test
    void soloPayloadsDecryptWithTheSeedsStepsAndOnlyWithTheirKey() {
        String key = Secrets.newSecret(WebhookStyle.SOLO);
        assertThat(Base64.getDecoder().decode(key)).hasSize(16);
        assertThat(key).hasSize(24);
        String plain = "{\"event\":\"appointment:scheduled\",\"data\":{\"appointmentId\":42}}";
        String encrypted = SoloCipher.encrypt(key, plain);
        assertThat(encrypted.substring(0, 12)).endsWith("=");
        assertThat(encrypted.substring(12, 36)).endsWith("==");
        assertThat(SoloCipher.decrypt(key, encrypted)).contains(plain);
        assertThat(SoloCipher.encrypt(key, plain)).as("fresh salt and IV each time").isNotEqualTo(encrypted);
        assertThat(SoloCipher.decrypt(Secrets.newSecret(WebhookStyle.SOLO), encrypted)).as("another key opens nothing")
                .isEmpty();
    }

    @Test
    void standardWebhooksSignaturesVerifyAndRejectTampering() {
        String secret = Secrets.newSecret(WebhookStyle.HEALTHIE);
        assertThat(secret).startsWith("whsec_");
        Map<String, String> headers = StandardWebhooksSignature.headers(secret, "msg_1", 1700000000, BODY);
        assertThat(headers.get("webhook-signature")).startsWith("v1,");
        assertThat(StandardWebhooksSignature.verify(secret, "msg_1", 1700000000, BODY, headers.get("webhook-signature")))
                .isTrue();
        assertThat(StandardWebhooksSignature.verify(secret, "msg_1", 1700000000, BODY + " ", headers.get("webhook-signature")))
                .isFalse();
        assertThat(StandardWebhooksSignature.verify(secret, "msg_2", 1700000000, BODY, headers.get("webhook-signature")))
                .isFalse();
    }
}
