package org.caregate.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Standard Webhooks headers (standardwebhooks.com), for integrators whose receivers already verify that scheme:
 * {@code webhook-id} (the delivery id, the same on every retry), {@code webhook-timestamp} (seconds) and
 * {@code webhook-signature} = {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the
 * base64-decoded part of the {@code whsec_} secret.
 */
public final class StandardWebhooksSignature {

    private StandardWebhooksSignature() {
    }

    public static Map<String, String> headers(String secret, String deliveryId, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(Secrets.SIGNING_PREFIX)
                ? secret.substring(Secrets.SIGNING_PREFIX.length()) : secret);
        byte[] signature = HealthieSignature.hmacSha256(key, deliveryId + "." + timestamp + "." + body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", deliveryId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", "v1," + Base64.getEncoder().encodeToString(signature));
        return headers;
    }

    /** Whether the signature header holds a valid signature of this delivery (for tests and integrators' examples). */
    public static boolean verify(String secret, String deliveryId, long timestamp, String body, String signatureHeader) {
        String expected = headers(secret, deliveryId, timestamp, body).get("webhook-signature");
        for (String candidate : signatureHeader.split(" ")) {
            if (java.security.MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
