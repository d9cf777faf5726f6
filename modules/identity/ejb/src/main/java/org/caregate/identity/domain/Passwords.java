package org.caregate.identity.domain;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.caregate.kernel.error.TooManyRequestsException;

/**
 * The password rules: 8 to 128 characters and not guessable — judged by zxcvbn (a maintained strength
 * estimator that knows common passwords, names, keyboard patterns and the person's own details), which must
 * rate it at least "safely unguessable against online attacks" (score 3 of 4). Passwords are stored as
 * PBKDF2-HMAC-SHA256 with a random salt and 600,000 iterations (OWASP's current guidance), never in clear; a
 * hash made with fewer iterations is made again at the next sign-in, when the password is at hand. At most as
 * many hashes are computed at once as the machine has processors, so a burst of sign-ins and sign-ups queues for
 * the processors instead of taking every request thread; one that waits longer than {@link #HASHING_WAIT} is
 * refused as too many requests.
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 8;
    /** Longer passphrases gain nothing and make the estimator and the hash costly to run (a denial of service). */
    public static final int MAXIMUM_LENGTH = 128;
    static final int MINIMUM_SCORE = 3;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    /**
     * Compared against when no account matches, so that a wrong email costs as long as a wrong password: the hash,
     * with {@link #ITERATIONS}, of a random password that was thrown away when it was made. A constant rather than
     * hashed at start-up, which cost the server's start more than half a second of CPU (docs/performance.md).
     */
    public static final String DECOY_HASH =
            "pbkdf2-sha256$600000$RPgk8fB2mKlPA3ygkU1kFw$i/FkMAJmlv8ZM9Dw0msieXIhvA5qrnMj8T45uAlg3a8";
    static final Duration HASHING_WAIT = Duration.ofSeconds(10);
    private static final Semaphore HASHING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
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

    /** Whether a stored hash was made with fewer iterations than passwords are hashed with now. */
    public static boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException malformed) {
            return true;
        }
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
        byte[] expected;
        byte[] salt;
        int iterations;
        try {
            expected = b64.decode(parts[3]);
            salt = b64.decode(parts[2]);
            iterations = Integer.parseInt(parts[1]);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (iterations < 1 || salt.length == 0) {
            return false;
        }
        byte[] actual = derive(password, salt, iterations);
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        acquireHashing();
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java platform", e);
        } finally {
            HASHING.release();
        }
    }

    private static void acquireHashing() {
        try {
            if (!HASHING.tryAcquire(HASHING_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyRequestsException("Too many sign-ins and sign-ups at once; try again shortly", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException("Interrupted while waiting to check a password", 1);
        }
    }
}
