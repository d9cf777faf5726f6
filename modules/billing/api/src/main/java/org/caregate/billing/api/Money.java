package org.caregate.billing.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, exact: a {@link BigDecimal} rounded to the currency's minor unit (cents for USD), never
 * a floating-point number — in Java, in the database ({@code numeric}) or on the wire (a string). Amounts of
 * different currencies are never added together.
 *
 * @param amount   the amount, scaled to the currency's minor unit (half-up when given more digits)
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Largest amount Caregate accepts, one below the {@code numeric(12,2)} columns' limit. */
    public static final BigDecimal MAXIMUM = new BigDecimal("9999999999.99");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
        if (amount.abs().compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
    }

    /** Nothing of a currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An amount written as text ({@code "1234.00"}, {@code "100.0"}, {@code "12"}) in a currency. */
    public static Money parse(String text, Currency currency) {
        return new Money(new BigDecimal(text.strip()), currency);
    }

    /** This plus another amount of the same currency. */
    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    /** This minus another amount of the same currency. */
    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This times a whole quantity (a claim line's units). */
    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount with its minor-unit digits, as Healthie writes {@code amount_paid}: {@code "1234.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}
