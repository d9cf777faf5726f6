package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 9: malformed GraphQL bodies are refused with a clear reason before the engine sees them. */
class GraphQlEnvelopeTest {

    private static final String JSON = "application/json";

    @Test
    void aWellFormedRequestPasses() {
        assertThat(problem(JSON, "{\"query\": \"{ __typename }\"}")).isNull();
        assertThat(problem("application/json; charset=UTF-8", "{\"query\": \"{ a }\", \"operationName\": null, "
                + "\"variables\": {\"x\": 1}, \"extensions\": null}")).isNull();
        assertThat(problem("application/graphql", "{ __typename }")).isNull();
    }

    @Test
    void everyMalformedShapeHasItsOwnClearReason() {
        assertThat(problem(JSON, "{\"query\": ")).startsWith("Malformed JSON");
        assertThat(problem(JSON, "")).startsWith("The body is empty");
        assertThat(problem(JSON, "null")).startsWith("The body must be a JSON object");
        assertThat(problem(JSON, "42")).startsWith("The body must be a JSON object");
        assertThat(problem(JSON, "[{\"query\": \"{ a }\"}]")).startsWith("One operation per request");
        assertThat(problem(JSON, "{\"query\": \"{ a }\", \"variables\": \"{}\"}")).isEqualTo("variables must be a JSON object");
        assertThat(problem(JSON, "{\"query\": 7}")).isEqualTo("query is required and must be a string");
        assertThat(problem(JSON, "{\"variables\": {}}")).isEqualTo("query is required and must be a string");
        assertThat(problem(JSON, "{\"query\": \"{ a }\", \"operationName\": 1}")).isEqualTo("operationName must be a string");
        assertThat(problem("application/json; charset=\"bogus\"", "{\"query\": \"{ a }\"}"))
                .startsWith("The body must be UTF-8");
        assertThat(GraphQlEnvelope.problem(JSON, "gzip", "{\"query\": \"{ a }\"}".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Content-Encoding gzip is not accepted"));
        assertThat(GraphQlEnvelope.problem(JSON, null, new byte[] {'{', (byte) 0xC3, '}'}))
                .contains("The body is not valid UTF-8");
    }

    private static String problem(String contentType, String body) {
        return GraphQlEnvelope.problem(contentType, null, body.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }
}
