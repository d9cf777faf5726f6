package org.caregate.reports.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a report's password while the report is pending, so that the database never holds it in clear: AES-256-GCM
 * under the server's key, a fresh 12-byte nonce each time, the report's id as associated data (a sealed password
 * copied onto another report does not open). Stored as nonce then ciphertext with its tag. Plain Java; the key comes
 * from {@link PasswordKeys}.
 */
public final class PasswordSeal {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public PasswordSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the report password key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The password sealed for the report; the UTF-8 copy made on the way is wiped. */
    public byte[] seal(char[] password, UUID reportId) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] clear = new byte[encoded.remaining()];
        encoded.get(clear);
        wipe(encoded);
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(reportId));
            byte[] sealed = cipher.doFinal(clear);
            byte[] stored = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE);
            System.arraycopy(sealed, 0, stored, NONCE, sealed.length);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a report password", e);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /**
     * The password sealed for the report; the caller wipes the array after use. Fails when the seal was made with
     * another key or for another report.
     */
    public char[] open(byte[] stored, UUID reportId) throws GeneralSecurityException {
        if (stored == null || stored.length <= NONCE) {
            throw new GeneralSecurityException("no sealed password");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE));
        cipher.updateAAD(aad(reportId));
        byte[] clear = cipher.doFinal(stored, NONCE, stored.length - NONCE);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(clear));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    private static byte[] aad(UUID reportId) {
        return reportId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}
