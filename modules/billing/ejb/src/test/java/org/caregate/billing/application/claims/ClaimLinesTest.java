package org.caregate.billing.application.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caregate.billing.api.claims.CodeLines;
import org.caregate.billing.domain.claims.CptCodeLine;
import org.caregate.billing.domain.claims.IcdCodeLine;
import org.caregate.billing.domain.claims.IcdCodeTable;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.input.Inputs;
import org.junit.jupiter.api.Test;

class ClaimLinesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final IcdCodeTable TABLE = codes -> known(codes, Map.of("E11.9", "Type 2 diabetes mellitus "
            + "without complications", "I10", "Essential (primary) hypertension"));

    private static Map<String, String> known(Collection<String> codes, Map<String, String> table) {
        return codes.stream().filter(table::containsKey).collect(Collectors.toMap(c -> c, table::get));
    }

    @Test
    void knownDiagnosesAreReadInOrder() {
        Inputs in = new Inputs();
        List<IcdCodeLine> lines = ClaimLines.diagnoses(in, "icd", List.of(new CodeLines.Icd("i10"),
                new CodeLines.Icd("E119")), TABLE);
        assertThat(in.problems()).isEmpty();
        assertThat(lines).extracting(IcdCodeLine::code).containsExactly("I10", "E11.9");
    }

    @Test
    void unknownMalformedAndRepeatedDiagnosesAreEachReported() {
        Inputs in = new Inputs();
        ClaimLines.diagnoses(in, "icd", List.of(new CodeLines.Icd("E11.9"), new CodeLines.Icd("E11.9"),
                new CodeLines.Icd("Q99.9"), new CodeLines.Icd("nope")), TABLE);
        assertThat(in.problems()).extracting(FieldMessage::message).containsExactly(
                "line 2: E11.9 is listed twice", "line 4: is not an ICD-10-CM code",
                "Q99.9 is not an ICD-10-CM code Caregate knows");
        assertThat(in.problems()).extracting(FieldMessage::field).containsOnly("icd");
    }

    @Test
    void moreThanTwelveDiagnosesAreRefused() {
        Inputs in = new Inputs();
        ClaimLines.diagnoses(in, "icd", java.util.Collections.nCopies(13, new CodeLines.Icd("I10")), TABLE);
        assertThat(in.problems()).extracting(FieldMessage::message).containsExactly("has too many codes (at most 12)");
    }

    @Test
    void proceduresNeedACptCodeUnitsInRangeAndAnExactFee() {
        Inputs in = new Inputs();
        List<CptCodeLine> lines = ClaimLines.procedures(in, "cpt", List.of(
                new CodeLines.Cpt("99213", "25", 2, "100.50"),
                new CodeLines.Cpt("9921", null, 1, "10"),
                new CodeLines.Cpt("99214", null, 0, "10"),
                new CodeLines.Cpt("99215", null, 1, "1.005"),
                new CodeLines.Cpt("99215", null, 1, "-1"),
                new CodeLines.Cpt("99215", null, 1, "1e3"),
                new CodeLines.Cpt("99215", null, 1, "NaN")), USD);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).fee()).isEqualByComparingTo("100.50");
        assertThat(lines.get(0).modifier()).isEqualTo("25");
        assertThat(in.problems()).extracting(FieldMessage::message).containsExactly(
                "line 2: is not a CPT code (five characters: four digits, then a digit, F, T or U)",
                "line 3: units must be between 1 and 999",
                "line 4: fee has more decimals than USD has",
                "line 5: fee must be between 0 and 9999999999.99",
                "line 7: fee is not an amount");
    }

    @Test
    void proceduresAddingUpBeyondTheMaximumAreRefused() {
        Inputs in = new Inputs();
        ClaimLines.procedures(in, "cpt", List.of(new CodeLines.Cpt("99213", null, 999, "9999999999.99")), USD);
        assertThat(in.problems()).extracting(FieldMessage::message).containsExactly(
                "adds up to more than 9999999999.99");
    }

    @Test
    void policiesNeedAPlanIdAndDistinctRanks() {
        Inputs in = new Inputs();
        List<ClaimLines.PolicyDraft> policies = ClaimLines.policies(in, "policies", List.of(
                new CodeLines.Policy("1", null, "M1", "G1"),
                new CodeLines.Policy("2", "primary", null, null),
                new CodeLines.Policy("x", "Quaternary", null, null)));
        assertThat(policies).extracting(ClaimLines.PolicyDraft::priorityType).containsExactly("Primary");
        assertThat(in.problems()).extracting(FieldMessage::message).containsExactly(
                "policy 2: a Primary policy is listed already",
                "policy 3: insurance_plan_id is not a valid id",
                "policy 3: priority_type must be one of Primary, Secondary, Tertiary");
    }

    @Test
    void datesAreWrittenYearMonthDay() {
        Inputs in = new Inputs();
        assertThat(ClaimLines.date(in, "d", "d", "2024-02-29")).hasToString("2024-02-29");
        assertThat(ClaimLines.date(in, "d", "d", "02/29/2024")).isNull();
        assertThat(ClaimLines.date(in, "d", "d", "1800-01-01")).isNull();
        assertThat(in.problems()).hasSize(2);
    }
}
