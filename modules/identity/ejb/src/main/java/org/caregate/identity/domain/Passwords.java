package org.caregate.identity.domain;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The password rules: 8 to 128 characters and not guessable — judged by zxcvbn (a maintained strength
 * estimator that knows common passwords, names, keyboard patterns and the person's own details), which must
 * rate it at least "safely unguessable against online attacks" (score 3 of 4). Passwords are stored as
 * PBKDF2-HMAC-SHA256 with a random salt and 310,000 iterations (OWASP's guidance), never in clear.
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 8;
    /** Longer passphrases gain nothing and make the estimator and the hash costly to run (a denial of service). */
    public static final int MAXIMUM_LENGTH = 128;
    static final int MINIMUM_SCORE = 3;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 310_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private Passwords() {
    }

    /**
     * Why the password may not be used, or empty when it may.
     *
     * @param personalWords the person's name and email, which a strong password must not be built from
     */
    public static Optional<String> weakness(String password, List<String> personalWords) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be at least " + MINIMUM_LENGTH + " characters long");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be at most " + MAXIMUM_LENGTH + " characters long");
        }
        Strength strength = ESTIMATOR.measure(password, personalWords);
        if (strength.getScore() < MINIMUM_SCORE) {
            String hint = strength.getFeedback().getWarning();
            return Optional.of("Password is too weak" + (hint == null || hint.isBlank() ? "" : ": " + hint)
                    + ". Use a longer phrase of uncommon words.");
        }
        return Optional.empty();
    }

    /** A salted slow hash of the password, in the form {@code pbkdf2-sha256$iterations$salt$hash}. */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    /** Whether the password matches the stored hash; comparison in constant time. */
    public static boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null || password.length() > MAXIMUM_LENGTH) {
            return false;
        }
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
