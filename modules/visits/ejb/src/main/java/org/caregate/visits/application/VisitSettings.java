package org.caregate.visits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How video visits behave, from the environment: early entry (CAREGATE_VISIT_EARLY_ENTRY_MINUTES, 5), session
 * length (CAREGATE_VISIT_SESSION_MINUTES, 60; CAREGATE_VISIT_UNLIMITED=true for no limit, as the
 * teleconsultation service's UNLIMITED_TELECONSULTATION), the public address links start with
 * (CAREGATE_PUBLIC_URL), and the teleconsultation service's IMMUTABLE_PERIOD_MS
 * (CAREGATE_TELECONSULTATION_IMMUTABLE_PERIOD_MS, 300000), and how far from its {@code date} a context-aware link is
 * honoured (CAREGATE_CONTEXT_LINK_WINDOW_MINUTES, 720).
 */
@ApplicationScoped
public class VisitSettings {

    @Inject
    @ConfigProperty(name = "caregate.visit.early-entry-minutes", defaultValue = "5")
    int earlyEntryMinutes;

    @Inject
    @ConfigProperty(name = "caregate.visit.session-minutes", defaultValue = "60")
    int sessionMinutes;

    @Inject
    @ConfigProperty(name = "caregate.visit.unlimited", defaultValue = "false")
    boolean unlimited;

    @Inject
    @ConfigProperty(name = "caregate.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "caregate.teleconsultation.immutable-period-ms", defaultValue = "300000")
    long immutablePeriodMs;

    @Inject
    @ConfigProperty(name = "caregate.context-link.window-minutes", defaultValue = "720")
    long contextLinkWindowMinutes;

    /** A context-aware link is honoured only while now is this close to the {@code date} it carries. */
    Duration contextLinkWindow() {
        return Duration.ofMinutes(contextLinkWindowMinutes);
    }

    /** How long before its start a complete teleconsultation can no longer be changed. */
    Duration immutablePeriod() {
        return Duration.ofMillis(immutablePeriodMs);
    }

    Duration earlyEntry() {
        return Duration.ofMinutes(earlyEntryMinutes);
    }

    /** The session length, or {@code null} when sessions are unlimited. */
    Duration sessionLength() {
        return unlimited ? null : Duration.ofMinutes(sessionMinutes);
    }

    /** The address of a visit link. */
    String linkUrl(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/visit/" + token;
    }
}
