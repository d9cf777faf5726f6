package org.caregate.platform.persistence;

/** Escaping for JPQL {@code LIKE ... ESCAPE '\'} patterns built from what a client typed. */
public final class Like {

    private Like() {
    }

    public static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
