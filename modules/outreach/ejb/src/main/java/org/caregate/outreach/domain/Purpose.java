package org.caregate.outreach.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * Why someone is written to: seed 000's "Specific Outreach Events & Reminder Schedule" about a patient's visit, a
 * form completion request sent to a patient (seed 001) and the reminders of it a member asks for, a reminder of a
 * patient's intake forms, a form template shared with a member, an account: a patient's welcome, a member's
 * invitation, or money: an invoice sent to its payer, a payment's receipt.
 */
public enum Purpose {
    CONFIRMATION, RESCHEDULE, CANCELLATION, REMINDER_60, REMINDER_15, FORM_REQUEST, FORM_REQUEST_REMINDER, FORM_SHARED,
    INTAKE_REMINDER, WELCOME, INVITATION, INVOICE, RECEIPT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Purpose ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isReminder() {
        return this == REMINDER_60 || this == REMINDER_15;
    }

    /** Whether the message is about someone's account (a welcome or an invitation). */
    public boolean isAboutAnAccount() {
        return this == WELCOME || this == INVITATION;
    }

    /** Whether the message is about money (an invoice or a receipt). */
    public boolean isAboutMoney() {
        return this == INVOICE || this == RECEIPT;
    }

    /** Whether the message is about a form (a request, or a shared template) rather than a visit. */
    public boolean isAboutAForm() {
        return this == FORM_REQUEST || this == FORM_REQUEST_REMINDER || this == FORM_SHARED;
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
