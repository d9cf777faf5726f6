package org.caregate.webhooks.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a subscription is created with: a Healthie signing secret ({@code whsec_} + 32 random bytes in
 * base64, usable as the HMAC key string of seed 001 and as a Standard Webhooks secret) or a Solo encryption key
 * (16 random bytes in base64, the shape of seed 004's {@code "39VNjjSpgoUWMbUhVCjAoQ=="}).
 */
public final class Secrets {

    public static final String SIGNING_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret(WebhookStyle style) {
        byte[] bytes = new byte[style == WebhookStyle.HEALTHIE ? 32 : 16];
        RANDOM.nextBytes(bytes);
        String encoded = Base64.getEncoder().encodeToString(bytes);
        return style == WebhookStyle.HEALTHIE ? SIGNING_PREFIX + encoded : encoded;
    }
}
