package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Optional;

/** What {@code customModuleForms(category:)} narrows the list to. */
public enum TemplateCategory {
    /** Templates used for charting (chart notes). */
    CHARTING("charting"),
    /** Templates used in programs. */
    PROGRAM("program");

    private final String wireName;

    TemplateCategory(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<TemplateCategory> named(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }

    /** The template's flag this category selects by ({@code useForCharting}, {@code useForProgram}). */
    public String property() {
        return this == CHARTING ? "useForCharting" : "useForProgram";
    }
}
