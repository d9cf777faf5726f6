package org.caregate.forms.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Base64;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.GivenAnswer;
import org.caregate.forms.domain.ModType;
import org.caregate.forms.domain.Question;
import org.caregate.forms.domain.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerRulesTest {

    private static Question question(ModType type, String options) {
        return FormTemplate.create(1, 1, "t", Instant.EPOCH).ask(new QuestionDefinition(type, "Q", options, false,
                null), Instant.EPOCH);
    }

    private static GivenAnswer read(ModType type, String options, String answer) throws AnswerRules.Refused {
        return AnswerRules.read(question(type, options), answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NUMBER|72|72|72", "NUMBER|-36.6|-36.6|-36.6", "DATE|2021-10-29|2021-10-29|October 29, 2021",
            "TIME|14:30|14:30|2:30 PM", "TIME|2:05 am|02:05|2:05 AM", "PHONE|+1 (555) 010-2030|+1 (555) 010-2030|"
            + "+1 (555) 010-2030", "EMAIL|ada@example.org|ada@example.org|ada@example.org",
            "AGREE_TO_ABOVE|TRUE|true|Agreed", "AGREE_TO_ABOVE|false||", "TEXT|  as typed |  as typed |  as typed "})
    void answersThatFitAreStoredAndDisplayed(ModType type, String answer, String stored, String displayed)
            throws AnswerRules.Refused {
        GivenAnswer given = read(type, null, answer);
        assertEquals(stored == null ? "" : stored, given.answer());
        assertEquals(displayed == null ? "" : displayed, given.displayed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NUMBER|seventy", "NUMBER|1e5", "DATE|29/10/2021", "DATE|1899-12-31",
            "TIME|25:00", "TIME|13:00 PM", "PHONE|12345", "PHONE|call me", "EMAIL|ada@", "EMAIL|a b@example.org",
            "AGREE_TO_ABOVE|maybe", "LABEL|text", "READ_ONLY|text", "SIGNATURE|Ada Lovelace",
            "SIGNATURE|data:image/png;base64,!!!", "SIGNATURE|data:image/png;base64,aGVsbG8gd29ybGQ=",
            "MATRIX|{not json", "MATRIX|42", "TIME|24:00"})
    void answersThatDoNotFitAreRefused(ModType type, String answer) {
        assertThrows(AnswerRules.Refused.class, () -> read(type, null, answer));
    }

    @Test
    void choicesComeFromTheOptions() throws AnswerRules.Refused {
        assertEquals("B", read(ModType.RADIO, "A\n B \n\n", " B ").answer());
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.DROPDOWN, "A\nB", "C"));
        GivenAnswer checked = read(ModType.CHECKBOX, "A\nB\nC", "C\r\nA");
        assertEquals("C\nA", checked.answer());
        assertEquals("C, A", checked.displayed());
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.CHECKBOX, "A\nB", "A\nD"));
    }

    @Test
    void aMatrixIsJsonAndReadsAsRowsAndCells() throws AnswerRules.Refused {
        assertEquals("Pain: 3; Sleep: good, 7", read(ModType.MATRIX, "[]", "{\"Pain\":\"3\",\"Sleep\":[\"good\",7]}")
                .displayed());
        assertEquals("a, b; c", read(ModType.MATRIX, "[]", "[[\"a\",\"b\"],[\"c\"]]").displayed());
    }

    @Test
    void aMatrixNestedTooDeeplyOrCarryingControlCharactersIsRefusedWithoutFailing() {
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.MATRIX, "[]", "[[[[\"deep\"]]]]"));
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.MATRIX, "[]", "[".repeat(5_000)
                + "]".repeat(5_000)));
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.MATRIX, "[]", "[[\"\\u0000\"]]"));
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.MATRIX, "[]", "{\"a\\u0007\": 1}"));
    }

    @Test
    void aSignatureIsAnImageItsDataUrlNames() throws AnswerRules.Refused {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
        String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        assertEquals("Signed", read(ModType.SIGNATURE, null, url).displayed());
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.SIGNATURE, null,
                "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(png)));
    }

    @Test
    void anAnswerIsBoundedAndBlankIsBlankForEveryKind() throws AnswerRules.Refused {
        assertThrows(AnswerRules.Refused.class, () -> read(ModType.TEXT, null, "x".repeat(10_001)));
        for (ModType type : ModType.values()) {
            assertEquals("", read(type, "A", "  ").answer());
        }
    }
}
