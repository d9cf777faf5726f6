package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 9: the one set of limits for REST and GraphQL bodies — JSON nested thousands deep, numbers of
 * thousands of digits or past a double, NUL and other control characters, unpaired surrogates, trailing garbage,
 * huge lists and strings, a lying Content-Encoding or charset, invalid UTF-8, and NUL in paths and parameters.
 */
class RequestLimitsTest {

    @Test
    void aPlainBodyPasses() {
        assertThat(RequestLimits.json("{\"name\": [{\"firstName\": \"Zoë\", \"lastName\": \"O'Neil 👩‍⚕️\"}], "
                + "\"date\": 1499441179, \"duration\": 900.5, \"notes\": \"line\\nbreak\\ttab\", \"x\": null}", null)).isEmpty();
        assertThat(RequestLimits.json("[" + "1,".repeat(RequestLimits.MOST_LIST_ITEMS - 1) + "1]", null)).isEmpty();
        assertThat(RequestLimits.json("{\"query\": \"" + "a".repeat(20_000) + "\"}", "query")).isEmpty();
    }

    @Test
    void eachBodyBeyondTheLimitsIsRefusedWithItsReason() {
        assertThat(RequestLimits.json("[".repeat(5_000) + "]".repeat(5_000), null)).contains("JSON may be nested at most 32 deep");
        assertThat(RequestLimits.json("{\"a\": " + "9".repeat(5_000) + "}", null)).get().asString()
                .startsWith("A number may have at most 40 characters");
        assertThat(RequestLimits.json("{\"mrn\": 1e309}", null)).get().asString().endsWith("must fit a double: 1e309");
        assertThat(RequestLimits.json("{\"a\": \"nul\\u0000\"}", null)).contains("Text may not contain control characters (found U+0000)");
        assertThat(RequestLimits.json("{\"a\": \"del\u007f\"}", null)).contains("Text may not contain control characters (found U+007F)");
        assertThat(RequestLimits.json("{\"a\\u0000\": 1}", null)).contains("Text may not contain control characters (found U+0000)");
        assertThat(RequestLimits.json("{\"a\": \"\\ud800\"}", null)).contains("Text may not contain unpaired surrogates");
        assertThat(RequestLimits.json("{\"a\": 1} trailing garbage", null)).isPresent();
        assertThat(RequestLimits.json("{\"a\": 1}{\"a\": 1}", null)).isPresent();
        assertThat(RequestLimits.json("{\"a\": 1", null)).contains("Malformed JSON: the body is not one valid JSON value");
        assertThat(RequestLimits.json("{\"p\": [" + "1,".repeat(70_000) + "1]}", null)).contains("A list may hold at most 1000 entries");
        assertThat(RequestLimits.json("{\"name\": \"" + "x".repeat(100_000) + "\"}", null)).contains("A string may have at most 10000 characters");
        assertThat(RequestLimits.json("{\"query\": \"{ a }\", \"variables\": {\"query\": \"" + "x".repeat(100_000) + "\"}}", "query"))
                .as("only the top-level member is exempt").isPresent();
    }

    @Test
    void aBodyMustBeSentAsIsInUtf8() {
        byte[] plain = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(RequestLimits.encoding("application/json", "gzip", plain, new StringBuilder())).get().asString()
                .startsWith("Content-Encoding gzip is not accepted");
        assertThat(RequestLimits.encoding("application/json; charset=ebcdic", null, plain, new StringBuilder())).get()
                .asString().startsWith("The body must be UTF-8");
        assertThat(RequestLimits.encoding("application/json", null, new byte[] {'"', (byte) 0xC3, '"'}, new StringBuilder()))
                .contains("The body is not valid UTF-8");
        StringBuilder text = new StringBuilder();
        assertThat(RequestLimits.encoding("application/json; charset=UTF-8", "identity", plain, text)).isEmpty();
        assertThat(text).hasToString("{}");
    }

    @Test
    void pathsAndParametersHoldNoControlCharacters() {
        assertThat(RequestLimits.address("/qapi/v1/patients/EHR-1", "after=1&before=2&waitingRoom=Room+A")).isEmpty();
        assertThat(RequestLimits.address("/qapi/v1/patients/abc%00def", null)).isPresent();
        assertThat(RequestLimits.address("/qapi/v1/patients/%7F", null)).isPresent();
        assertThat(RequestLimits.address("/qapi/v1/patients/%FF%FE", null)).isPresent();
        assertThat(RequestLimits.address("/qapi/v1/appointment-slots", "waitingRoom=a%00")).isPresent();
        assertThat(RequestLimits.address("/qapi/v1/appointment-slots", "waitingRoom=%zz")).isPresent();
        assertThat(RequestLimits.address("/teleconsultation/%2e%2e", null)).contains("The path may hold no . or .. segments");
    }

    @Test
    void aFileAsABase64DataUrlMayBeLongerThanOtherStringsButNothingElse() {
        String file = "data:application/pdf;name=a.pdf;base64," + "QUJD".repeat(10_000);
        assertThat(RequestLimits.json("{\"variables\": {\"file\": \"" + file + "\"}}", "query")).isEmpty();
        assertThat(RequestLimits.json("{\"variables\": {\"file\": \"" + "QUJD".repeat(10_000) + "\"}}", "query"))
                .isPresent();
        assertThat(RequestLimits.isBase64DataUrl("data:text/plain;base64,QUJD\u0000")).isFalse();
        assertThat(RequestLimits.isBase64DataUrl("data:text/plain,hello")).isFalse();
        assertThat(RequestLimits.isBase64DataUrl("data:te\u0007xt;base64,QUJD")).isFalse();
    }
}
