package org.caregate.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seed 001 "Signed payloads": the headers that let a receiver check that a delivery came from us and was not
 * changed. The signed string is {@code "<method> <path> <query> <digest> application/json <content length>"} with
 * the method in lower case, and the signature is the hex HMAC-SHA256 of it under the subscription's secret.
 *
 * <p>The seed's JavaScript reads the digest as {@code header.split('=')[1]} and the signature as
 * {@code header.split('=')[1]}: the digest header is {@code SHA-256=<base64>}, whose padding {@code =} cuts the
 * value the sample sees; the string is signed with exactly that cut value, so the sample, used verbatim, agrees.
 */
public final class HealthieSignature {

    public static final String CONTENT_TYPE = "application/json";
    private static final String LABEL = "sig1";

    private HealthieSignature() {
    }

    /** The headers of a POST of {@code body} to {@code path}?{@code query}, signed with {@code secret}. */
    public static Map<String, String> headers(String secret, String path, String query, String body, long createdEpochSecond) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String digestHeader = "SHA-256=" + Base64.getEncoder().encodeToString(sha256(bytes));
        String signature = sign(secret, "post", path, query == null ? "" : query, digestHeader, bytes.length);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("Content-Digest", digestHeader);
        headers.put("Signature-Input", LABEL + "=(\"@method\" \"@path\" \"@query\" \"content-digest\" \"content-type\" "
                + "\"content-length\");created=" + createdEpochSecond + ";alg=\"hmac-sha256\"");
        headers.put("Signature", LABEL + "=" + signature);
        return headers;
    }

    /** The hex HMAC-SHA256 of the documented data string. */
    public static String sign(String secret, String method, String path, String query, String digestHeader,
                              long contentLength) {
        String digest = digestHeader.split("=", -1)[1];
        String data = method.toLowerCase(Locale.ROOT) + " " + path + " " + query + " " + digest + " " + CONTENT_TYPE
                + " " + contentLength;
        return HexFormat.of().formatHex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), data));
    }

    static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
