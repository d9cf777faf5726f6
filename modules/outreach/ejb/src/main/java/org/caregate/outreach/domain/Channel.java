package org.caregate.outreach.domain;

import java.util.Locale;

/** How a message reaches the patient. */
public enum Channel {
    EMAIL, SMS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
