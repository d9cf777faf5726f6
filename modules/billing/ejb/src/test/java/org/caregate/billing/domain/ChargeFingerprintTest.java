package org.caregate.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargeFingerprintTest {

    @Test
    void theSameParametersGiveTheSameFingerprintAndAnyDifferenceAnother() {
        String first = ChargeFingerprint.of(61L, "567.53", "USD", 21L, true, null);
        assertThat(ChargeFingerprint.of(61L, "567.53", "USD", 21L, true, null)).isEqualTo(first).hasSize(64);
        assertThat(ChargeFingerprint.of(61L, "567.54", "USD", 21L, true, null)).isNotEqualTo(first);
        assertThat(ChargeFingerprint.of(61L, "567.53", "EUR", 21L, true, null)).isNotEqualTo(first);
        assertThat(ChargeFingerprint.of(61L, "567.53", "USD", null, true, null)).isNotEqualTo(first);
        assertThat(ChargeFingerprint.of(61L, "567.53", "USD", 21L, true, 5L)).isNotEqualTo(first);
        assertThat(ChargeFingerprint.of(6L, 1L)).as("parts do not run into each other")
                .isNotEqualTo(ChargeFingerprint.of(61L, null));
    }
}
