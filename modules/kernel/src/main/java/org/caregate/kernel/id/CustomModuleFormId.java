package org.caregate.kernel.id;

/** The id of a form template (Healthie's CustomModuleForm). */
public record CustomModuleFormId(long value) {

    public CustomModuleFormId {
        Ids.requirePositive(value, "CustomModuleFormId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static CustomModuleFormId parse(String field, String raw) {
        return new CustomModuleFormId(Ids.parse(field, raw));
    }
}
