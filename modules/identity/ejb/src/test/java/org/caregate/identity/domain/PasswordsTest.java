package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordsTest {

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
        assertThat(first).startsWith("pbkdf2-sha256$310000$").isNotEqualTo(second).doesNotContain("tangerine");
        assertThat(Passwords.matches("tangerine otter velvet 9", first)).isTrue();
        assertThat(Passwords.matches("tangerine otter velvet 8", first)).isFalse();
        assertThat(Passwords.matches("anything", "not-a-hash")).isFalse();
        assertThat(Passwords.matches(null, first)).isFalse();
    }
}
