package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Optional;

/** How {@code documents(sort_by:)} sorts: newest upload first unless told otherwise; ties go by id. */
public enum DocumentOrder {
    CREATED_AT_DESC("created_at_desc"), CREATED_AT_ASC("created_at_asc"), NAME_ASC("name_asc"),
    NAME_DESC("name_desc"), UPDATED_AT_DESC("updated_at_desc"), UPDATED_AT_ASC("updated_at_asc");

    private final String wireName;

    DocumentOrder(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<DocumentOrder> named(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }

    /** The sorted attribute ({@code displayName}, {@code createdAt}, {@code updatedAt}). */
    public String property() {
        return switch (this) {
            case NAME_ASC, NAME_DESC -> "displayName";
            case CREATED_AT_ASC, CREATED_AT_DESC -> "createdAt";
            case UPDATED_AT_ASC, UPDATED_AT_DESC -> "updatedAt";
        };
    }

    public boolean descending() {
        return wireName.endsWith("_desc");
    }
}
