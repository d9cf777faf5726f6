package org.caregate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.caregate.kernel.limit.RateLimiter;

/**
 * The rate limits Healthie documents: 250 requests per second per API key, 100 sign-in attempts per minute per
 * user (counted by the email signed in with).
 */
@ApplicationScoped
public class AccessLimits {

    static final int REQUESTS_PER_SECOND_PER_KEY = 250;
    static final int SIGN_IN_ATTEMPTS_PER_MINUTE = 100;

    private final RateLimiter requests = new RateLimiter(REQUESTS_PER_SECOND_PER_KEY, Duration.ofSeconds(1),
            Clock.systemUTC(), "requests per second for this API key");
    private final RateLimiter signIns = new RateLimiter(SIGN_IN_ATTEMPTS_PER_MINUTE, Duration.ofMinutes(1),
            Clock.systemUTC(), "sign-in attempts per minute for this user");

    /** Counts a request made with the key whose hash (hex) is given. */
    public void countRequest(String keyHash) {
        requests.acquire(keyHash);
    }

    public void countSignIn(String email) {
        signIns.acquire(email.strip().toLowerCase(Locale.ROOT));
    }
}
