package org.caregate.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How encounter reports behave, from the environment (docs/operations.md): how long a completed report's file is
 * kept (CAREGATE_REPORTS_KEEP_FOR, P7D), how long a report may stay pending before it is given up as failed
 * (CAREGATE_REPORTS_PENDING_TIMEOUT, PT1H), how long after the order generation starts (CAREGATE_REPORTS_GENERATION_DELAY,
 * PT0S; the tests use a few seconds to catch a report pending), and the key passwords are sealed with while
 * pending (CAREGATE_REPORTS_PASSWORD_KEY, 32 bytes in Base64; without it, a key generated once and kept in the
 * server's data directory, {@code caregate/report-password.key}).
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "caregate.reports.keep-for", defaultValue = "P7D")
    String keepFor;

    @Inject
    @ConfigProperty(name = "caregate.reports.pending-timeout", defaultValue = "PT1H")
    String pendingTimeout;

    @Inject
    @ConfigProperty(name = "caregate.reports.generation-delay", defaultValue = "PT0S")
    String generationDelay;

    @Inject
    @ConfigProperty(name = "caregate.reports.password-key")
    Optional<String> passwordKey;

    /** How long a completed report's file is kept. */
    Duration keepFor() {
        return positive(keepFor, Duration.ofDays(7));
    }

    /** How long a report may stay pending before it is given up. */
    Duration pendingTimeout() {
        return positive(pendingTimeout, Duration.ofHours(1));
    }

    /** How long after the order its generation starts. */
    Duration generationDelay() {
        try {
            Duration delay = Duration.parse(generationDelay.strip());
            return delay.isNegative() ? Duration.ZERO : delay;
        } catch (RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /** The configured sealing key in Base64, if any. */
    Optional<String> passwordKey() {
        return passwordKey.filter(key -> !key.isBlank());
    }

    /** Where a generated sealing key is kept when none is configured. */
    Path generatedKeyFile() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "caregate", "report-password.key");
    }

    private static Duration positive(String text, Duration fallback) {
        try {
            Duration value = Duration.parse(text.strip());
            return value.isNegative() || value.isZero() ? fallback : value;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
