package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

public class PasswordsTest {

    @Test
    void refusesShortPasswords() {
        assertThat(Passwords.weakness("Ab1!xyz", List.of())).hasValueSatisfying(w -> assertThat(w).contains("at least 8"));
    }

    @Test
    void refusesCommonAndPersonalPasswordsThatAreLongEnough() {
        assertThat(Passwords.weakness("password123", List.of())).isPresent();
        assertThat(Passwords.weakness("qwertyuiop", List.of())).isPresent();
        // strong enough for a stranger, guessable from the person's own email
        assertThat(Passwords.weakness("jonas.salk", List.of())).isEmpty();
        assertThat(Passwords.weakness("jonas.salk", List.of("Jonas", "Salk", "jonas.salk@example.com", "jonas.salk"))).isPresent();
    }

    @Test
    void refusesPasswordsTooLongToCheckCheaply() {
        String huge = "correct horse battery staple ".repeat(10);
        assertThat(Passwords.weakness(huge, List.of())).hasValueSatisfying(w -> assertThat(w).contains("at most 128"));
        assertThat(Passwords.matches(huge, Passwords.hash("tangerine otter velvet 9"))).isFalse();
    }

    @Test
    void acceptsLongUncommonPassphrases() {
        assertThat(Passwords.weakness("correct horse battery staple 42!", List.of("Jonas", "Salk"))).isEmpty();
    }

    @Test
    void hashesAreSaltedSlowAndVerifiable() {
        String first = Passwords.hash("tangerine otter velvet 9");
        String second = Passwords.hash("tangerine otter velvet 9");
        assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second).doesNotContain("tangerine");
        assertThat(Passwords.matches("tangerine otter velvet 9", first)).isTrue();
        assertThat(Passwords.matches("tangerine otter velvet 8", first)).isFalse();
        assertThat(Passwords.matches("anything", "not-a-hash")).isFalse();
        assertThat(Passwords.matches(null, first)).isFalse();
    }

    @Test
    void aHashMadeWithOWASPsFormerIterationsStillMatchesAndIsDueForRehash() throws Exception {
        String former = formerHash("tangerine otter velvet 9");
        assertThat(Passwords.matches("tangerine otter velvet 9", former)).isTrue();
        assertThat(Passwords.needsRehash(former)).isTrue();
        assertThat(Passwords.needsRehash(Passwords.hash("tangerine otter velvet 9"))).isFalse();
    }

    @Test
    void theDecoyIsAsCostlyAsAStoredHashAndMatchesNothing() {
        assertThat(Passwords.needsRehash(Passwords.DECOY_HASH)).isFalse();
        assertThat(Passwords.DECOY_HASH).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$");
        assertThat(Passwords.matches("decoy password that matches nobody", Passwords.DECOY_HASH)).isFalse();
        assertThat(Passwords.matches("", Passwords.DECOY_HASH)).isFalse();
    }

    @Test
    void aMalformedStoredHashMatchesNothingAndLeavesHashingAvailable() {
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors() + 4; i++) {
            assertThat(Passwords.matches("tangerine otter velvet 9", "pbkdf2-sha256$0$AAAAAAAA$AAAA")).isFalse();
            assertThat(Passwords.matches("tangerine otter velvet 9", "pbkdf2-sha256$many$AAAA$AAAA")).isFalse();
            assertThat(Passwords.matches("tangerine otter velvet 9", "pbkdf2-sha256$1000$$AAAA")).isFalse();
        }
        assertThat(Passwords.matches("tangerine otter velvet 9", Passwords.hash("tangerine otter velvet 9"))).isTrue();
    }

    /** A hash as Caregate stored them before issue 11: PBKDF2-HMAC-SHA256 at 310,000 iterations. */
    public static String formerHash(String password) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] derived = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 310_000, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$310000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }
}
