package org.caregate.billing.application;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caregate.billing.api.Money;

/**
 * Amounts as clients write them — {@code "567.53"}, {@code "100"}, {@code "100.0"} — read exactly: digits, at most
 * the currency's minor-unit digits after the point, within {@link Money#MAXIMUM}. No exponent, sign, comma or
 * floating-point reading.
 */
public final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,10}(\\.\\d{1,4})?");

    private Amounts() {
    }

    /** The amount, or the reason it is not one (empty when it reads). */
    public static Result read(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            return new Result(null, "can't be blank");
        }
        String trimmed = text.strip();
        if (trimmed.length() > 20 || !DECIMAL.matcher(trimmed).matches()) {
            return new Result(null, "must be an amount such as 567.53");
        }
        BigDecimal value = new BigDecimal(trimmed);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > digits) {
            return new Result(null, "has more than " + digits + " decimal places for " + currency.getCurrencyCode());
        }
        if (value.compareTo(Money.MAXIMUM) > 0) {
            return new Result(null, "must be at most " + Money.MAXIMUM.toPlainString());
        }
        return new Result(new Money(value, currency), null);
    }

    /** The amount in the currency's minor unit (cents), as gateways take it. */
    public static long minorUnits(Money money) {
        return money.amount().movePointRight(Math.max(money.currency().getDefaultFractionDigits(), 0))
                .longValueExact();
    }

    /** An amount read, or why not. */
    public record Result(Money money, String problem) {
        public Optional<Money> value() {
            return Optional.ofNullable(money);
        }
    }
}
