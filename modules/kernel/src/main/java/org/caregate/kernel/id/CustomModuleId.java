package org.caregate.kernel.id;

/** The id of a form template's question (Healthie's CustomModule). */
public record CustomModuleId(long value) {

    public CustomModuleId {
        Ids.requirePositive(value, "CustomModuleId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static CustomModuleId parse(String field, String raw) {
        return new CustomModuleId(Ids.parse(field, raw));
    }
}
