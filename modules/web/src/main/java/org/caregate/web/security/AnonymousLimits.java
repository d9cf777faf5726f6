package org.caregate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.caregate.kernel.limit.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one client address may call without a key — signing up and in, searching slots, booking, following a
 * context-aware link: {@code CAREGATE_ANONYMOUS_REQUESTS_PER_MINUTE} (600) requests a minute, counted per server
 * over a sliding window. Keyed requests have their own, per-key limit.
 */
@ApplicationScoped
public class AnonymousLimits {

    private final RateLimiter perAddress;

    AnonymousLimits() {
        this(600);
    }

    @Inject
    AnonymousLimits(@ConfigProperty(name = "caregate.anonymous.requests-per-minute", defaultValue = "600")
                    int requestsPerMinute) {
        this.perAddress = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), Clock.systemUTC(),
                "requests per minute without a key from one address");
    }

    /**
     * Counts one request without a key from the address.
     *
     * @throws org.caregate.kernel.error.TooManyRequestsException past the limit
     */
    void acquire(String clientAddress) {
        perAddress.acquire(clientAddress);
    }
}
