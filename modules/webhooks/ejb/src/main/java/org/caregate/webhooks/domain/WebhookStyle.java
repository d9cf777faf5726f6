package org.caregate.webhooks.domain;

/**
 * The contract a subscription was made under, which decides its event names, payload and protection: Healthie's
 * (seed 001: thin payload signed with HMAC-SHA256) or Solo's (seed 004: payload encrypted with AES-256-CBC).
 */
public enum WebhookStyle {
    HEALTHIE, SOLO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static WebhookStyle ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
