package org.caregate.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seed 004's encryption, used for context-aware links (EHR → Caregate) and encrypted webhooks (Caregate → EHR):
 * {@code Base64(salt, 8 bytes) + Base64(IV, 16 bytes) + Base64(ciphertext)}, AES-256-CBC with PKCS#7 padding under
 * the key {@code SHA-256(secret . salt)}, the secret taken as the text it is. Seed 004's PHP snippet decrypts it.
 */
public final class SoloCipher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SoloCipher() {
    }

    /** The text encrypted under the secret, with a fresh salt and IV. */
    public static String encrypt(String secret, String plaintext) {
        byte[] salt = new byte[8];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, salt, iv);
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(salt) + base64.encodeToString(iv)
                    + base64.encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    /** The text inside, or empty when this secret does not open it (wrong secret, tampered, malformed). */
    public static Optional<String> decrypt(String secret, String encrypted) {
        if (encrypted == null || encrypted.length() <= 36) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(encrypted.substring(0, 12));
            byte[] iv = base64.decode(encrypted.substring(12, 36));
            byte[] ciphertext = base64.decode(encrypted.substring(36));
            if (salt.length != 8 || iv.length != 16 || ciphertext.length == 0 || ciphertext.length % 16 != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(cipher(Cipher.DECRYPT_MODE, secret, salt, iv).doFinal(ciphertext),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String secret, byte[] salt, byte[] iv) throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(secret.getBytes(StandardCharsets.UTF_8));
        sha256.update(salt);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, new SecretKeySpec(sha256.digest(), "AES"), new IvParameterSpec(iv));
        return cipher;
    }
}
