package org.caregate.reports.domain;

import java.util.Locale;

/** Where an encounter report stands: Solo's {@code pending}, {@code completed}, {@code failed}, and Caregate's
 * {@code expired} once a completed report's file has been removed. */
public enum ReportStatus {
    PENDING, COMPLETED, FAILED, EXPIRED;

    /** As Solo prints it: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReportStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
