package org.caregate.outreach.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * Why a patient is written to: seed 000's "Specific Outreach Events & Reminder Schedule" about a visit, or a form
 * completion request sent to them (seed 001) and the reminders of it a member asks for.
 */
public enum Purpose {
    CONFIRMATION, RESCHEDULE, CANCELLATION, REMINDER_60, REMINDER_15, FORM_REQUEST, FORM_REQUEST_REMINDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Purpose ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isReminder() {
        return this == REMINDER_60 || this == REMINDER_15;
    }

    /** Whether the message is about a form completion request rather than a visit. */
    public boolean isFormRequest() {
        return this == FORM_REQUEST || this == FORM_REQUEST_REMINDER;
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
