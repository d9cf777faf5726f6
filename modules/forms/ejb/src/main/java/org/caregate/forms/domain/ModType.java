package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a template holds (Healthie's {@code mod_type}), by their names on the wire. Choice questions
 * need their choices; a matrix needs its rows and columns; labels and read-only text take no answer.
 */
public enum ModType {
    TEXT("text"), TEXTAREA("textarea"), NUMBER("number"), DATE("date"), TIME("time"), PHONE("phone"),
    EMAIL("email"), RADIO("radio"), HORIZONTAL_RADIO("horizontal_radio"), DROPDOWN("dropdown"),
    CHECKBOX("checkbox"), MATRIX("matrix"), SIGNATURE("signature"), AGREE_TO_ABOVE("agree_to_above"),
    LABEL("label"), READ_ONLY("read_only");

    private final String wireName;

    ModType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind called {@code name} on the wire (case does not matter). */
    public static Optional<ModType> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.wireName.equals(lower)).findFirst();
    }

    /** Every name, in catalogue order, as a refusal lists them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ModType::wireName).toList();
    }

    /** A choice among the options given, one per line. */
    public boolean offersChoices() {
        return this == RADIO || this == HORIZONTAL_RADIO || this == DROPDOWN || this == CHECKBOX;
    }

    /** Shows text (HTML) only and takes no answer. */
    public boolean readOnly() {
        return this == LABEL || this == READ_ONLY;
    }
}
