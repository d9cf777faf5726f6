package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Caregate reaches Stripe: the API base ({@code CAREGATE_BILLING_STRIPE_URL}, Stripe's own unless set — tests
 * point it at a stand-in), the secret key of each organization ({@code CAREGATE_BILLING_STRIPE_KEYS},
 * {@code "<organizationId>=sk_...,<organizationId>=sk_..."}) and the key of every other organization
 * ({@code CAREGATE_BILLING_STRIPE_KEY}), and how long an answer is waited for
 * ({@code CAREGATE_BILLING_STRIPE_TIMEOUT}, 20 seconds unless set).
 */
@ApplicationScoped
public class StripeSettings {

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_STRIPE_URL", defaultValue = "https://api.stripe.com")
    String apiBase;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_STRIPE_KEY")
    Optional<String> defaultKey;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_STRIPE_KEYS")
    Optional<String> organizationKeys;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_STRIPE_TIMEOUT", defaultValue = "PT20S")
    String timeout;

    public String apiBase() {
        return apiBase;
    }

    public int timeoutMillis() {
        return Math.toIntExact(Duration.parse(timeout).toMillis());
    }

    /** The organization's own secret key, else the default one; empty when payments are not configured. */
    public Optional<String> secretKey(long organizationId) {
        String own = parseKeys(organizationKeys.orElse("")).get(organizationId);
        return own != null ? Optional.of(own) : defaultKey.filter(k -> !k.isBlank());
    }

    /** Whether the organization charges on its own Stripe account (not the deployment's shared default one). */
    public boolean hasOwnAccount(long organizationId) {
        return parseKeys(organizationKeys.orElse("")).containsKey(organizationId);
    }

    /** {@code "12=sk_a, 15=sk_b"} → {12: sk_a, 15: sk_b}; malformed entries are skipped. */
    static Map<Long, String> parseKeys(String text) {
        Map<Long, String> keys = new HashMap<>();
        for (String entry : text.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                String key = entry.substring(equals + 1).strip();
                if (!key.isEmpty()) {
                    keys.put(Long.parseLong(entry.substring(0, equals).strip()), key);
                }
            } catch (NumberFormatException notAnId) {
                // skipped, as documented
            }
        }
        return keys;
    }
}
