package org.caregate.visits.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.caregate.visits.domain.ContextLink;
import org.junit.jupiter.api.Test;

class ContextLinkFormatTest {

    /** The seed's own example: secret "some secret", data {"visit":"12345","user":"1234"}. */
    private static final String SEED_EXAMPLE =
            "BizXKL9L4EQ=YuhTK5qXNtOCmbuaHMq5tA==DUPdvDCZPiSUf0Jumt/Mr/wVWv+mr6Vzj5LnKUQtTPc=";

    /** Encrypts as the seed specifies, for the tests (and as an EHR would). */
    static String encrypt(String json, String secret) throws Exception {
        byte[] salt = "8bytes!!".getBytes(StandardCharsets.UTF_8);
        byte[] iv = "sixteen bytes iv".getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(secret.getBytes(StandardCharsets.UTF_8));
        sha256.update(salt);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sha256.digest(), "AES"), new IvParameterSpec(iv));
        Base64.Encoder base64 = Base64.getEncoder();
        return base64.encodeToString(salt) + base64.encodeToString(iv)
                + base64.encodeToString(cipher.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void opensTheSeedsExampleWithItsSecret() {
        assertThat(ContextLinkFormat.decrypt(SEED_EXAMPLE, "some secret")).contains("{\"visit\":\"12345\",\"user\":\"1234\"}");
    }

    @Test
    void aWrongSecretOrATamperedLinkOpensNothing() {
        assertThat(ContextLinkFormat.decrypt(SEED_EXAMPLE, "another secret")).isEmpty();
        String tampered = SEED_EXAMPLE.substring(0, 40) + (SEED_EXAMPLE.charAt(40) == 'A' ? 'B' : 'A')
                + SEED_EXAMPLE.substring(41);
        assertThat(ContextLinkFormat.decrypt(tampered, "some secret")).isEmpty();
        assertThat(ContextLinkFormat.decrypt("not base64 at all, but long enough to be cut into parts", "some secret")).isEmpty();
        assertThat(ContextLinkFormat.decrypt("short", "some secret")).isEmpty();
    }

    @Test
    void readsContentMatchingTheSchema() throws Exception {
        String json = "{\"user\":\"7\",\"type\":\"provider\",\"visit\":\"12\",\"date\":1796983200,"
                + "\"patient\":{\"id\":\"EHR-1\",\"sex\":\"female\",\"dob\":\"1983-08-15\",\"firstName\":\"Ada\",\"lastName\":\"L\"}}";
        String argument = encrypt(json, "a shared secret!");
        ContextLink link = ContextLinkFormat.parse(ContextLinkFormat.decrypt(argument, "a shared secret!").orElseThrow()).link();
        assertThat(link.type()).isEqualTo("provider");
        assertThat(link.date()).isEqualTo(Instant.ofEpochSecond(1796983200));
        assertThat(link.patientDob()).isEqualTo(LocalDate.of(1983, 8, 15));
    }

    @Test
    void namesEverythingThatDoesNotMatchTheSchema() {
        ContextLinkFormat.Checked checked = ContextLinkFormat.parse("{\"user\":\"7\",\"type\":\"nurse\",\"date\":\"soon\","
                + "\"patient\":{\"id\":\"1\",\"sex\":\"x\",\"dob\":\"15/08/1983\",\"firstName\":\"A\"}}");
        assertThat(checked.link()).isNull();
        assertThat(checked.problems()).anyMatch(p -> p.startsWith("type:")).anyMatch(p -> p.startsWith("visit:"))
                .anyMatch(p -> p.startsWith("date:")).anyMatch(p -> p.startsWith("patient.sex:"))
                .anyMatch(p -> p.startsWith("patient.dob:")).anyMatch(p -> p.startsWith("patient.lastName:"));
        assertThat(ContextLinkFormat.parse("[1]").problems()).isNotEmpty();
    }
}
