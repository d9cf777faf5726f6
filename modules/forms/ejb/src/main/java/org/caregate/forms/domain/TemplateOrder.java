package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Optional;

/** How {@code customModuleForms(sort_by:)} sorts; ties go by id. */
public enum TemplateOrder {
    NAME_ASC("name_asc"), NAME_DESC("name_desc"), CREATED_AT_ASC("created_at_asc"),
    CREATED_AT_DESC("created_at_desc"), UPDATED_AT_ASC("updated_at_asc"), UPDATED_AT_DESC("updated_at_desc");

    private final String wireName;

    TemplateOrder(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<TemplateOrder> named(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }

    /** The sorted column ({@code name}, {@code createdAt}, {@code updatedAt}). */
    public String property() {
        return switch (this) {
            case NAME_ASC, NAME_DESC -> "name";
            case CREATED_AT_ASC, CREATED_AT_DESC -> "createdAt";
            case UPDATED_AT_ASC, UPDATED_AT_DESC -> "updatedAt";
        };
    }

    public boolean descending() {
        return wireName.endsWith("_desc");
    }
}
