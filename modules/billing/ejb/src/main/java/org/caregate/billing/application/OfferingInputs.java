package org.caregate.billing.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.OfferingChanges.IncludeChange;
import org.caregate.billing.domain.BillingFrequency;
import org.caregate.billing.domain.Visibility;
import org.caregate.kernel.input.Inputs;

/**
 * Reads a package's fields as a client sent them, recording every problem on its field (GraphQL {@code messages}):
 * amounts are exact decimals of the organization's currency, never more digits than it has minor units, between
 * zero and {@link Money#MAXIMUM}; lists and texts are bounded.
 */
final class OfferingInputs {

    static final int MAXIMUM_NAME = 255;
    static final int MAXIMUM_DESCRIPTION = 2000;
    static final int MAXIMUM_INCLUDES = 50;
    static final int MAXIMUM_QUANTITY = 1000;
    static final int MAXIMUM_IDS = 100;
    private static final int MAXIMUM_AMOUNT_TEXT = 24;

    private final Inputs inputs;

    OfferingInputs(Inputs inputs) {
        this.inputs = inputs;
    }

    String name(String value, boolean required) {
        String name = required ? inputs.required("name", value) : blankRefused("name", value);
        return inputs.hasProblem("name") ? null : bounded("name", name, MAXIMUM_NAME);
    }

    String description(String value) {
        if (value != null && value.length() > MAXIMUM_DESCRIPTION) {
            inputs.problem("description", "is too long (at most " + MAXIMUM_DESCRIPTION + " characters)");
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An amount in the currency, e.g. {@code "100"}, {@code "100.0"}, {@code "99.99"}; null when absent. */
    Money amount(String field, String value, Currency currency, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                inputs.problem(field, "can't be blank");
            }
            return null;
        }
        String text = value.strip();
        BigDecimal amount;
        try {
            if (text.length() > MAXIMUM_AMOUNT_TEXT || !text.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
                throw new NumberFormatException();
            }
            amount = new BigDecimal(text);
        } catch (NumberFormatException notAnAmount) {
            inputs.problem(field, "must be an amount such as 100.00");
            return null;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            inputs.problem(field, "has more than " + digits + " decimal places for " + currency.getCurrencyCode());
            return null;
        }
        if (amount.compareTo(Money.MAXIMUM) > 0) {
            inputs.problem(field, "must be at most " + Money.MAXIMUM.toPlainString());
            return null;
        }
        return new Money(amount, currency);
    }

    BillingFrequency frequency(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                inputs.problem("billing_frequency", "can't be blank");
            }
            return null;
        }
        return BillingFrequency.parse(value).orElseGet(() -> {
            inputs.problem("billing_frequency", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(BillingFrequency.values()).map(BillingFrequency::label).toList()));
            return null;
        });
    }

    Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Visibility.parse(value).orElseGet(() -> {
            inputs.problem("visibility_status", "must be visible, hidden or group");
            return null;
        });
    }

    /** Healthie's programs ({@code course_ids}) do not exist in Caregate: any id names an unknown program. */
    void courses(String courseIds) {
        if (courseIds != null && !courseIds.isBlank()) {
            inputs.problem("course_ids", "Program not found");
        }
    }

    Long id(String field, String value) {
        return inputs.id(field, value);
    }

    /** The includes as sessions to check against the organization's appointment types; null when not sent. */
    List<Session> includes(List<IncludeChange> includes) {
        if (includes == null) {
            return null;
        }
        String field = "offering_includes";
        if (includes.size() > MAXIMUM_INCLUDES) {
            inputs.problem(field, "at most " + MAXIMUM_INCLUDES + " appointment types per package");
            return List.of();
        }
        List<Session> sessions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (IncludeChange include : includes) {
            if (include == null) {
                inputs.problem(field, "an include can't be null");
                continue;
            }
            Long type = inputs.requiredId(field, include.appointmentTypeId());
            Integer quantity = quantity(field, include.quantity());
            if (type != null && !seen.add(type)) {
                inputs.problem(field, "appointment type " + type + " is included twice");
            } else if (type != null && quantity != null) {
                sessions.add(new Session(type, quantity, Boolean.TRUE.equals(include.repeating())));
            }
        }
        return sessions;
    }

    private Integer quantity(String field, String value) {
        if (value == null || value.isBlank()) {
            inputs.problem(field, "quantity can't be blank");
            return null;
        }
        try {
            String text = value.strip();
            int quantity = text.length() > 5 ? -1 : Integer.parseInt(text);
            if (quantity >= 1 && quantity <= MAXIMUM_QUANTITY) {
                return quantity;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        inputs.problem(field, "quantity must be a whole number from 1 to " + MAXIMUM_QUANTITY);
        return null;
    }

    private String blankRefused(String field, String value) {
        if (value != null && value.isBlank()) {
            inputs.problem(field, "can't be blank");
            return null;
        }
        return value == null ? null : value.strip();
    }

    private String bounded(String field, String value, int maximum) {
        if (value != null && value.length() > maximum) {
            inputs.problem(field, "is too long (at most " + maximum + " characters)");
            return null;
        }
        return value;
    }

    /** Sessions of an appointment type, read and not yet checked to be the organization's. */
    record Session(long appointmentTypeId, int quantity, boolean repeating) {
    }
}
