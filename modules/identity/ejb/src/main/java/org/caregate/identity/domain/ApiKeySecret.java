package org.caregate.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of an API key: 32 random bytes, written as {@code cg_} plus URL-safe base64. Keys are looked up
 * by the SHA-256 of the secret — the secret has 256 bits of entropy, so a fast hash is safe here, unlike for
 * passwords. The displayable form shows only the first characters, enough for a person to recognise a key.
 */
public final class ApiKeySecret {

    static final String PREFIX = "cg_";
    private static final int DISPLAYABLE_LENGTH = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** A fresh random secret. */
    public static ApiKeySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * A secret chosen by the operator (the bootstrap key). It must be long enough not to be guessed.
     *
     * @throws IllegalArgumentException when shorter than 24 characters
     */
    public static ApiKeySecret of(String value) {
        if (value == null || value.strip().length() < 24) {
            throw new IllegalArgumentException("an API key must be at least 24 characters long");
        }
        return new ApiKeySecret(value.strip());
    }

    /** The hash a presented key is looked up by. */
    public static byte[] hashOf(String presented) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public String value() {
        return value;
    }

    public byte[] hash() {
        return hashOf(value);
    }

    public String displayable() {
        return value.substring(0, Math.min(DISPLAYABLE_LENGTH, value.length())) + "…";
    }

    @Override
    public String toString() {
        return displayable();
    }
}
