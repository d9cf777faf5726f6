package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    @Test
    void generatedKeysAreLongRandomAndPrefixed() {
        ApiKeySecret one = ApiKeySecret.generate();
        ApiKeySecret two = ApiKeySecret.generate();
        assertThat(one.value()).startsWith("cg_").hasSize(3 + 43).isNotEqualTo(two.value());
    }

    @Test
    void theDisplayableKeyShowsOnlyTheFirstCharacters() {
        ApiKeySecret secret = ApiKeySecret.of("cg_abcdefghijklmnopqrstuvwxyz0123");
        assertThat(secret.displayable()).isEqualTo("cg_abcdef…");
        assertThat(secret.toString()).doesNotContain("ghijkl");
    }

    @Test
    void aKeyIsFoundByTheHashOfWhatIsPresented() {
        ApiKeySecret secret = ApiKeySecret.generate();
        assertThat(ApiKeySecret.hashOf(secret.value())).isEqualTo(secret.hash()).hasSize(32);
        assertThat(ApiKeySecret.hashOf(secret.value() + "x")).isNotEqualTo(secret.hash());
    }

    @Test
    void operatorChosenKeysMustBeLongEnough() {
        assertThatThrownBy(() -> ApiKeySecret.of("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKeySecret.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
