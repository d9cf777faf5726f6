package org.caregate.outreach.domain;

import java.time.Duration;
import java.util.Locale;

/** Why a patient is written to: seed 000's "Specific Outreach Events & Reminder Schedule". */
public enum Purpose {
    CONFIRMATION, RESCHEDULE, CANCELLATION, REMINDER_60, REMINDER_15;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Purpose ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isReminder() {
        return this == REMINDER_60 || this == REMINDER_15;
    }

    /** How long before the visit a reminder is due. */
    public Duration lead() {
        return switch (this) {
            case REMINDER_60 -> Duration.ofHours(1);
            case REMINDER_15 -> Duration.ofMinutes(15);
            default -> Duration.ZERO;
        };
    }
}
