package org.caregate.identity.domain;

/**
 * A person's first and last name, both required and trimmed.
 */
public record PersonName(String first, String last) {

    public PersonName {
        first = requireText(first, "first name");
        last = requireText(last, "last name");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
