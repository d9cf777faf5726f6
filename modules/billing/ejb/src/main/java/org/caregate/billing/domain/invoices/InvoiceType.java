package org.caregate.billing.domain.invoices;

import java.util.Locale;
import java.util.Optional;

/**
 * What an invoice asks to be paid for: a package ({@code offering}: priced like the package unless a price is given),
 * a CMS 1500 claim ({@code cms1500}: priced at the claim's total charge unless given) or other services described in
 * words ({@code other}: {@code services_provided} required, the only type with a {@code service_date}).
 */
public enum InvoiceType {
    OFFERING, CMS1500, OTHER;

    /** The name seed 001 prints ({@code offering}, {@code cms1500}, {@code other}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a client named, in any case; empty for anything else. */
    public static Optional<InvoiceType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (InvoiceType type : values()) {
            if (type.wire().equalsIgnoreCase(text.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** How the invoice's {@code details} line begins ("Other: example description"). */
    public String label() {
        return switch (this) {
            case OFFERING -> "Package";
            case CMS1500 -> "CMS 1500";
            case OTHER -> "Other";
        };
    }
}
