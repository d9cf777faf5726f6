package org.caregate.billing.api.claims;

import java.util.List;

/**
 * The code lines a client sends for a superbill or a CMS 1500, as given (validated by the billing context): the
 * diagnoses (ICD-10-CM) and the procedures (CPT, with units and fee). A {@code null} list leaves an existing claim's
 * lines as they are; an empty one removes them.
 */
public final class CodeLines {

    private CodeLines() {
    }

    /** A diagnosis line: the ICD-10-CM code, {@code "E11.9"} (the dot may be left out). */
    public record Icd(String code) {
    }

    /**
     * A procedure line.
     *
     * @param code     the CPT code: five characters, four digits and a digit, F, T or U
     * @param modifier an optional two-character modifier
     * @param units    how many (1 to 999; 1 when left out)
     * @param fee      the fee per unit, a decimal string ({@code "100.00"})
     */
    public record Cpt(String code, String modifier, Integer units, String fee) {
    }

    /** A payment received, on a superbill's receipt. */
    public record Receipt(String description, String amount, String date) {
    }

    /** An insurance policy a CMS 1500 is billed to: a plan of the catalogue, its rank and the member's numbers. */
    public record Policy(String insurancePlanId, String priorityType, String num, String groupNum) {
    }

    /** Healthie's lists, nothing changed. */
    public static <T> List<T> copy(List<T> lines) {
        return lines == null ? null : List.copyOf(lines);
    }
}
