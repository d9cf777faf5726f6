package org.caregate.billing.domain;

import java.util.Locale;
import java.util.Optional;

/** What a card on file is for, as Healthie labels it; informational only. */
public enum CardLabel {
    PERSONAL, HSA, FSA;

    /** The label a client wrote ({@code personal} when none); empty when it is none of these. */
    public static Optional<CardLabel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PERSONAL);
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
