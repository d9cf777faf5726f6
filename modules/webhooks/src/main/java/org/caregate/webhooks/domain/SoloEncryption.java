package org.caregate.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seed 004 "Webhooks": payloads encrypted so that the seed's PHP snippet recovers them. The result is
 * {@code base64(salt) + base64(iv) + base64(ciphertext)} with an 8-byte salt (12 characters), a 16-byte IV
 * (24 characters) and AES-256-CBC with PKCS#7 padding under the key {@code SHA-256(encryptionKey . salt)}, where the
 * encryption key is used as the text the subscriber was given.
 */
public final class SoloEncryption {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SoloEncryption() {
    }

    public static String encrypt(String encryptionKey, String plaintext) {
        byte[] salt = new byte[8];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key(encryptionKey, salt), new IvParameterSpec(iv));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(salt) + base64.encodeToString(iv) + base64.encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    /** The seed's PHP steps in Java: what a receiver does with the encrypted string. */
    public static String decrypt(String encryptionKey, String encrypted) {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(encrypted.substring(0, 12));
        byte[] iv = base64.decode(encrypted.substring(12, 36));
        byte[] ciphertext = base64.decode(encrypted.substring(36));
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, key(encryptionKey, salt), new IvParameterSpec(iv));
            return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not encrypted with this key", e);
        }
    }

    private static SecretKeySpec key(String encryptionKey, byte[] salt) {
        byte[] keyBytes = encryptionKey.getBytes(StandardCharsets.UTF_8);
        byte[] material = new byte[keyBytes.length + salt.length];
        System.arraycopy(keyBytes, 0, material, 0, keyBytes.length);
        System.arraycopy(salt, 0, material, keyBytes.length, salt.length);
        return new SecretKeySpec(HealthieSignature.sha256(material), "AES");
    }
}
