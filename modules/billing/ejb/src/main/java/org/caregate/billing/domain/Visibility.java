package org.caregate.billing.domain;

import java.util.Locale;
import java.util.Optional;

/** Who is offered a package: every patient, none (members still see it), or the patients of one group. */
public enum Visibility {
    VISIBLE, HIDDEN, GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code visible}, {@code hidden} or {@code group} in any case; empty otherwise. */
    public static Optional<Visibility> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Visibility visibility : values()) {
            if (visibility.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(visibility);
            }
        }
        return Optional.empty();
    }

    static Visibility ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
