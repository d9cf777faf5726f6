package org.caregate.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeSettingsTest {

    @Test
    void organizationsKeysAreReadFromOneVariableAndOthersUseTheDefault() {
        StripeSettings settings = new StripeSettings();
        settings.organizationKeys = Optional.of(" 12=sk_test_a, 15 = sk_test_b ,bad, =x, 7=");
        settings.defaultKey = Optional.of("sk_test_default");
        assertThat(settings.secretKey(12)).contains("sk_test_a");
        assertThat(settings.secretKey(15)).contains("sk_test_b");
        assertThat(settings.secretKey(7)).contains("sk_test_default");
        assertThat(settings.hasOwnAccount(12)).isTrue();
        assertThat(settings.hasOwnAccount(99)).isFalse();
        settings.defaultKey = Optional.empty();
        assertThat(settings.secretKey(99)).isEmpty();
    }
}
