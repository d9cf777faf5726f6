package org.caregate.billing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How often a package is charged. Healthie's list in seed 001 is cut off after "Valid options are:"; these are the
 * values its dashboard offers (the seed's own example prints {@code "Weekly"}), read in any case and spacing.
 */
public enum BillingFrequency {
    ONE_TIME("One-Time", ""),
    WEEKLY("Weekly", "a week"),
    EVERY_TWO_WEEKS("Every 2 Weeks", "every 2 weeks"),
    MONTHLY("Monthly", "a month"),
    EVERY_THREE_MONTHS("Every 3 Months", "every 3 months"),
    EVERY_SIX_MONTHS("Every 6 Months", "every 6 months"),
    YEARLY("Yearly", "a year");

    private final String label;
    private final String times;

    BillingFrequency(String label, String times) {
        this.label = label;
        this.times = times;
    }

    /** The name Healthie prints: {@code "One-Time"}, {@code "Weekly"}. */
    public String label() {
        return label;
    }

    /** How often, in words ({@code "a week"}); empty for one-time. */
    public String times() {
        return times;
    }

    public boolean isRecurring() {
        return this != ONE_TIME;
    }

    /** The frequency a client wrote, in any case, with spaces, hyphens or underscores; empty when none matches. */
    public static Optional<BillingFrequency> parse(String text) {
        if (text == null || text.length() > 32) {
            return Optional.empty();
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Optional.ofNullable(switch (key) {
            case "onetime", "once" -> ONE_TIME;
            case "weekly", "everyweek" -> WEEKLY;
            case "every2weeks", "biweekly", "everytwoweeks" -> EVERY_TWO_WEEKS;
            case "monthly", "everymonth" -> MONTHLY;
            case "every3months", "quarterly", "everythreemonths" -> EVERY_THREE_MONTHS;
            case "every6months", "everysixmonths", "semiannually" -> EVERY_SIX_MONTHS;
            case "yearly", "annually", "everyyear" -> YEARLY;
            default -> null;
        });
    }

    /** The stored name back to the frequency. */
    public static BillingFrequency ofLabel(String label) {
        for (BillingFrequency frequency : values()) {
            if (frequency.label.equals(label)) {
                return frequency;
            }
        }
        throw new IllegalStateException("unknown billing frequency " + label);
    }
}
