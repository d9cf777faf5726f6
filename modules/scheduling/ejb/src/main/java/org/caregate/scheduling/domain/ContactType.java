package org.caregate.scheduling.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an appointment is held. Clients name a contact type either by its key (appointment type overrides:
 * {@code video_chat}) or by its label (bookings: {@code "Healthie Video Call"}); both are understood.
 */
public enum ContactType {
    VIDEO_CHAT("video_chat", "Healthie Video Call", "Secure Videochat", "Video Call", "Video Chat"),
    IN_PERSON("in_person", "In Person"),
    PHONE_CALL("phone_call", "Phone Call");

    private final String key;
    private final String label;
    private final String[] aliases;

    ContactType(String key, String label, String... aliases) {
        this.key = key;
        this.label = label;
        this.aliases = aliases;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The contact type a client named by key, label or a common alias, ignoring case. */
    public static Optional<ContactType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.key.equals(wanted)
                || type.label.toLowerCase(Locale.ROOT).equals(wanted)
                || Arrays.stream(type.aliases).anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    /** The contact type stored under its key. */
    public static ContactType ofKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown contact type " + key));
    }
}
