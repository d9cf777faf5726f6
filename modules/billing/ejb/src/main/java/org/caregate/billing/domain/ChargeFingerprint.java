package org.caregate.billing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The parameters of a payment that an idempotency key promises not to change: the same key with the same
 * fingerprint answers the first payment again; with another fingerprint it is refused (as Stripe refuses a key
 * reused with other parameters).
 */
public final class ChargeFingerprint {

    private ChargeFingerprint() {
    }

    /** A digest of the parameters, in a fixed order; {@code null} parts count as absent. */
    public static String of(Object... parts) {
        StringJoiner joined = new StringJoiner("\u001f");
        for (Object part : parts) {
            joined.add(part == null ? "\u2205" : part.toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
