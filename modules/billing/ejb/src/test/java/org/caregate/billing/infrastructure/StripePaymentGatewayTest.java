package org.caregate.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StripePaymentGatewayTest {

    @Test
    void onItsOwnAccountAnOrganizationsKeyReachesStripeAsItIs() {
        assertThat(StripePaymentGateway.gatewayKey(true, 12, "inv-1001")).isEqualTo("inv-1001");
    }

    @Test
    void onTheSharedAccountKeysOfDifferentOrganizationsNeverMeet() {
        String mine = StripePaymentGateway.gatewayKey(false, 12, "inv-1001");
        String theirs = StripePaymentGateway.gatewayKey(false, 15, "inv-1001");
        assertThat(mine).isEqualTo("org-12:inv-1001").isNotEqualTo(theirs);
    }

    @Test
    void aKeyTooLongWithThePrefixIsHashedWithinStripesLimit() {
        String key = "k".repeat(255);
        String sent = StripePaymentGateway.gatewayKey(false, 123456789, key);
        assertThat(sent).startsWith("org-123456789:").hasSizeLessThanOrEqualTo(255);
        assertThat(StripePaymentGateway.gatewayKey(false, 123456789, key)).as("stable").isEqualTo(sent);
        assertThat(StripePaymentGateway.gatewayKey(false, 123456789, "j".repeat(255))).isNotEqualTo(sent);
    }
}
