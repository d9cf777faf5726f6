package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a recurring form request is sent again: every day, every week on a weekday, every month on a day. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY;

    /** The value as clients send it and the database keeps it: {@code daily}, {@code weekly}, {@code monthly}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The frequency a client named, whatever its case ({@code "Weekly"}, {@code "weekly"}). */
    public static Optional<Frequency> named(String name) {
        return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(name.strip())).findFirst();
    }
}
