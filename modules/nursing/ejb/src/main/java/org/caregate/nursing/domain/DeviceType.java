package org.caregate.nursing.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of bedside device a care location may have. */
public enum DeviceType {
    ROBOT, CART, TABLET;

    /** The type as stored and shown: {@code robot}, {@code cart}, {@code tablet}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeviceType> named(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(wire)).findFirst();
    }
}
