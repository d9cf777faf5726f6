package org.caregate.billing.domain.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimCodesTest {

    @Test
    void icd10CmCodesAreReadWithTheirDotInUpperCase() {
        assertThat(ClaimCodes.icd10("E11.9")).contains("E11.9");
        assertThat(ClaimCodes.icd10(" e119 ")).contains("E11.9");
        assertThat(ClaimCodes.icd10("F17210")).contains("F17.210");
        assertThat(ClaimCodes.icd10("I10")).contains("I10");
        assertThat(ClaimCodes.icd10("Z00.00")).contains("Z00.00");
    }

    @Test
    void whatIsNoIcd10CmCodeIsRefused() {
        assertThat(ClaimCodes.icd10("11.9")).isEmpty();
        assertThat(ClaimCodes.icd10("E1")).isEmpty();
        assertThat(ClaimCodes.icd10("E11.12345")).isEmpty();
        assertThat(ClaimCodes.icd10("E11-9")).isEmpty();
        assertThat(ClaimCodes.icd10("")).isEmpty();
        assertThat(ClaimCodes.icd10(null)).isEmpty();
        assertThat(ClaimCodes.icd10("E".repeat(1000))).isEmpty();
    }

    @Test
    void cptCodesAreFiveCharactersOfTheirCategories() {
        assertThat(ClaimCodes.cpt("99213")).contains("99213");
        assertThat(ClaimCodes.cpt("0001f")).contains("0001F");
        assertThat(ClaimCodes.cpt("0042T")).contains("0042T");
        assertThat(ClaimCodes.cpt("0001U")).contains("0001U");
        assertThat(ClaimCodes.cpt("9921")).isEmpty();
        assertThat(ClaimCodes.cpt("992133")).isEmpty();
        assertThat(ClaimCodes.cpt("G0108")).isEmpty();
        assertThat(ClaimCodes.cpt("9921X")).isEmpty();
        assertThat(ClaimCodes.cpt(null)).isEmpty();
    }

    @Test
    void modifiersAreTwoLettersOrDigits() {
        assertThat(ClaimCodes.modifier("25")).contains("25");
        assertThat(ClaimCodes.modifier("gt")).contains("GT");
        assertThat(ClaimCodes.modifier("GTX")).isEmpty();
    }

    @Test
    void npisCarryTheirLuhnCheckDigit() {
        assertThat(ClaimCodes.isNpi("1234567893")).isTrue();
        assertThat(ClaimCodes.isNpi("1234567890")).isFalse();
        assertThat(ClaimCodes.isNpi("123456789")).isFalse();
        assertThat(ClaimCodes.isNpi("12345678a3")).isFalse();
    }
}
