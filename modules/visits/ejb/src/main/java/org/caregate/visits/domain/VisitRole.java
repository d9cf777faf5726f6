package org.caregate.visits.domain;

import java.util.Locale;

/** Who a visit link is for: the patient, the provider who starts the session, or another participant. */
public enum VisitRole {
    PATIENT, PROVIDER, PARTICIPANT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VisitRole ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
