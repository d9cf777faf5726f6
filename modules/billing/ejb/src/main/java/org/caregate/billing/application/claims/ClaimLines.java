package org.caregate.billing.application.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.claims.CodeLines;
import org.caregate.billing.domain.claims.ClaimCodes;
import org.caregate.billing.domain.claims.CptCodeLine;
import org.caregate.billing.domain.claims.IcdCodeLine;
import org.caregate.billing.domain.claims.IcdCodeTable;
import org.caregate.billing.domain.claims.ReceiptLine;
import org.caregate.kernel.input.Inputs;

/**
 * Reads what a client sent for a claim into checked values, recording every problem on the client's field name in
 * {@link Inputs} (nothing is thrown here; the caller checks once). Bounds: at most 12 diagnoses (the CMS 1500's
 * boxes A to L), 50 procedure lines, 50 receipt lines and 3 policies; units 1 to 999; amounts 0 to
 * {@link Money#MAXIMUM} with no more decimals than the currency has; a claim's total within the same maximum.
 */
public final class ClaimLines {

    public static final int MAX_DIAGNOSES = 12;
    public static final int MAX_PROCEDURES = 50;
    public static final int MAX_RECEIPT_LINES = 50;
    public static final int MAX_POLICIES = 3;
    public static final int MAX_UNITS = 999;
    private static final int MAX_AMOUNT_TEXT = 32;
    private static final int MAX_TEXT = 255;
    private static final int MAX_NUMBER = 64;

    /** The ranks a policy may have on a CMS 1500. */
    public static final List<String> PRIORITY_TYPES = List.of("Primary", "Secondary", "Tertiary");

    private ClaimLines() {
    }

    /** The diagnoses, each a known ICD-10-CM code, none twice. */
    public static List<IcdCodeLine> diagnoses(Inputs inputs, String field, List<CodeLines.Icd> given,
                                              IcdCodeTable table) {
        if (given.size() > MAX_DIAGNOSES) {
            inputs.problem(field, "has too many codes (at most " + MAX_DIAGNOSES + ")");
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CodeLines.Icd line = given.get(i);
            String text = line == null ? null : line.code();
            var code = ClaimCodes.icd10(text);
            if (code.isEmpty()) {
                inputs.problem(field, "line " + (i + 1) + ": is not an ICD-10-CM code");
            } else if (!codes.add(code.get())) {
                inputs.problem(field, "line " + (i + 1) + ": " + code.get() + " is listed twice");
            }
        }
        if (!codes.isEmpty()) {
            Set<String> known = table.descriptions(codes).keySet();
            codes.stream().filter(code -> !known.contains(code)).forEach(code -> inputs.problem(field,
                    code + " is not an ICD-10-CM code Caregate knows"));
        }
        return codes.stream().map(IcdCodeLine::new).toList();
    }

    /** The procedures, each a CPT code with units and a fee; their total within {@link Money#MAXIMUM}. */
    public static List<CptCodeLine> procedures(Inputs inputs, String field, List<CodeLines.Cpt> given,
                                               Currency currency) {
        if (given.size() > MAX_PROCEDURES) {
            inputs.problem(field, "has too many lines (at most " + MAX_PROCEDURES + ")");
            return List.of();
        }
        List<CptCodeLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < given.size(); i++) {
            CodeLines.Cpt line = given.get(i);
            String prefix = "line " + (i + 1) + ": ";
            if (line == null) {
                inputs.problem(field, prefix + "is empty");
                continue;
            }
            var code = ClaimCodes.cpt(line.code());
            if (code.isEmpty()) {
                inputs.problem(field, prefix + "is not a CPT code (five characters: four digits, then a digit, F, "
                        + "T or U)");
            }
            String modifier = null;
            if (line.modifier() != null && !line.modifier().isBlank()) {
                var read = ClaimCodes.modifier(line.modifier());
                if (read.isEmpty()) {
                    inputs.problem(field, prefix + "modifier must be two letters or digits");
                } else {
                    modifier = read.get();
                }
            }
            int units = line.units() == null ? 1 : line.units();
            if (units < 1 || units > MAX_UNITS) {
                inputs.problem(field, prefix + "units must be between 1 and " + MAX_UNITS);
            }
            Money fee = amount(inputs, field, prefix + "fee", line.fee(), currency, true);
            if (code.isPresent() && fee != null && units >= 1 && units <= MAX_UNITS) {
                CptCodeLine read = new CptCodeLine(code.get(), modifier, units, fee.amount());
                total = total.add(fee.amount().multiply(BigDecimal.valueOf(units)));
                lines.add(read);
            }
        }
        if (total.compareTo(Money.MAXIMUM) > 0) {
            inputs.problem(field, "adds up to more than " + Money.MAXIMUM.toPlainString());
        }
        return lines;
    }

    /** The receipt's payments. */
    public static List<ReceiptLine> receipt(Inputs inputs, String field, List<CodeLines.Receipt> given,
                                            Currency currency) {
        if (given.size() > MAX_RECEIPT_LINES) {
            inputs.problem(field, "has too many lines (at most " + MAX_RECEIPT_LINES + ")");
            return List.of();
        }
        List<ReceiptLine> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CodeLines.Receipt line = given.get(i);
            String prefix = "line " + (i + 1) + ": ";
            if (line == null) {
                inputs.problem(field, prefix + "is empty");
                continue;
            }
            String description = text(inputs, field, prefix + "description", line.description(), MAX_TEXT);
            Money amount = amount(inputs, field, prefix + "amount", line.amount(), currency, true);
            LocalDate date = line.date() == null || line.date().isBlank() ? null
                    : date(inputs, field, prefix + "date", line.date());
            if (amount != null) {
                lines.add(new ReceiptLine(description, amount.amount(), date));
            }
        }
        return lines;
    }

    /** The policies, each naming a plan of the catalogue by id (checked by the caller) with its rank. */
    public static List<PolicyDraft> policies(Inputs inputs, String field, List<CodeLines.Policy> given) {
        if (given.size() > MAX_POLICIES) {
            inputs.problem(field, "has too many policies (at most " + MAX_POLICIES + ")");
            return List.of();
        }
        List<PolicyDraft> policies = new ArrayList<>();
        Set<String> ranks = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CodeLines.Policy policy = given.get(i);
            String prefix = "policy " + (i + 1) + ": ";
            if (policy == null) {
                inputs.problem(field, prefix + "is empty");
                continue;
            }
            Long plan = null;
            try {
                plan = policy.insurancePlanId() == null ? null : Long.valueOf(policy.insurancePlanId().strip());
            } catch (NumberFormatException malformed) {
                plan = null;
            }
            if (plan == null || plan < 1) {
                inputs.problem(field, prefix + "insurance_plan_id is not a valid id");
            }
            String rank = policy.priorityType() == null || policy.priorityType().isBlank() ? "Primary"
                    : PRIORITY_TYPES.stream().filter(p -> p.equalsIgnoreCase(policy.priorityType().strip()))
                    .findFirst().orElse(null);
            if (rank == null) {
                inputs.problem(field, prefix + "priority_type must be one of " + String.join(", ", PRIORITY_TYPES));
            } else if (!ranks.add(rank)) {
                inputs.problem(field, prefix + "a " + rank + " policy is listed already");
                rank = null;
            }
            String num = text(inputs, field, prefix + "num", policy.num(), MAX_NUMBER);
            String group = text(inputs, field, prefix + "group_num", policy.groupNum(), MAX_NUMBER);
            if (plan != null && plan > 0 && rank != null) {
                policies.add(new PolicyDraft(plan, rank, num, group));
            }
        }
        return policies;
    }

    /** A policy read, its plan not yet looked up. */
    public record PolicyDraft(long insurancePlanId, String priorityType, String num, String groupNum) {
    }

    /**
     * An amount of the currency written as a decimal string: not negative, at most {@link Money#MAXIMUM}, with no more
     * decimals than the currency has; {@code null} (and a problem on {@code field}) otherwise.
     */
    public static Money amount(Inputs inputs, String field, String what, String text, Currency currency,
                               boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                inputs.problem(field, what + " can't be blank");
            }
            return null;
        }
        if (text.length() > MAX_AMOUNT_TEXT) {
            inputs.problem(field, what + " is not an amount");
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException malformed) {
            inputs.problem(field, what + " is not an amount");
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(Money.MAXIMUM) > 0) {
            inputs.problem(field, what + " must be between 0 and " + Money.MAXIMUM.toPlainString());
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
            inputs.problem(field, what + " has more decimals than " + currency.getCurrencyCode() + " has");
            return null;
        }
        return new Money(amount, currency);
    }

    /** A date written YYYY-MM-DD, between 2000 and 2099 ({@code null} and a problem otherwise). */
    public static LocalDate date(Inputs inputs, String field, String what, String text) {
        LocalDate date;
        try {
            date = text == null || text.length() > 10 ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            date = null;
        }
        if (date == null) {
            inputs.problem(field, what + " must be a date written YYYY-MM-DD");
            return null;
        }
        if (date.getYear() < 1900 || date.getYear() > 2099) {
            inputs.problem(field, what + " is out of range");
            return null;
        }
        return date;
    }

    private static String text(Inputs inputs, String field, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            inputs.problem(field, what + " is too long (at most " + max + " characters)");
            return null;
        }
        return text.strip();
    }
}
