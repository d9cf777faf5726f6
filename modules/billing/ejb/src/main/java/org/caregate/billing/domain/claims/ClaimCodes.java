package org.caregate.billing.domain.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the codes a claim line carries. ICD-10-CM: a letter, a digit, a letter or digit, then optionally a
 * dot and one to four letters or digits ({@code "E11.9"}, {@code "F17.210"}, {@code "I10"}); written without the dot
 * ({@code "E119"}) it is read with it. CPT: five characters, four digits and then a digit (category I), {@code F}
 * (category II), {@code T} (category III) or {@code U} (laboratory analyses). Only the codes are kept: CPT
 * descriptions are the AMA's and are not shipped.
 */
public final class ClaimCodes {

    private static final Pattern ICD10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9FTU]");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    private ClaimCodes() {
    }

    /** The ICD-10-CM code in its written form (upper case, with its dot), if the text has the shape of one. */
    public static Optional<String> icd10(String text) {
        if (text == null || text.length() > 16) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.indexOf('.') < 0 && code.length() > 3) {
            code = code.substring(0, 3) + "." + code.substring(3);
        }
        return ICD10_CM.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The CPT code (upper case), if the text has the shape of one. */
    public static Optional<String> cpt(String text) {
        if (text == null || text.length() > 16) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return CPT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /**
     * Whether the text is a National Provider Identifier: ten digits whose last is the Luhn check digit of the first
     * nine prefixed with 80840, as CMS assigns them.
     */
    public static boolean isNpi(String text) {
        if (text == null || !text.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + text;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** A CPT modifier (two letters or digits, upper case), if the text has the shape of one. */
    public static Optional<String> modifier(String text) {
        if (text == null || text.length() > 16) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return MODIFIER.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
