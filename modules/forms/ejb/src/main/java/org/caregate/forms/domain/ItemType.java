package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an onboarding item asks the patient for. Healthie's catalogue also has steps Caregate does not offer
 * (insurance, payment cards); Caregate's one kind is a form template of the organization.
 */
public enum ItemType {
    /** A form template (Healthie's CustomModuleForm) to fill in. */
    MODULE_FORM("Module Form");

    private final String wireName;

    ItemType(String wireName) {
        this.wireName = wireName;
    }

    /** The kind a client names, case aside. */
    public static Optional<ItemType> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** As Healthie writes it: {@code Module Form}. */
    public String wireName() {
        return wireName;
    }
}
