package org.caregate.identity.infrastructure;

/** Escaping for JPQL {@code LIKE ... ESCAPE '\'} patterns built from what a client typed. */
final class Like {

    private Like() {
    }

    static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
