package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The multipart request spec's body becomes the JSON request with each file, as a base64 data: URL naming its type
 * and name, in its variable's place; a body that breaks the spec is refused with its reason.
 */
class GraphQlMultipartTest {

    private static final String TYPE = "multipart/form-data; boundary=----caregate";
    private static final byte[] FILE = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xff, '\r', '\n', '-', '-'};

    @Test
    void theFileTakesItsVariablesPlace() {
        GraphQlMultipart.Result result = GraphQlMultipart.toJson(TYPE, body(
                "{\"query\": \"mutation($file: Upload) { createDocument(input: {file: $file}) { document { id } } }\","
                        + " \"variables\": {\"file\": null}}", "{\"0\": [\"variables.file\"]}", "0"));
        assertThat(result.refusal()).isNull();
        JsonObject json = parse(result.json());
        assertThat(json.getJsonObject("variables").getString("file")).isEqualTo("data:application/pdf;name=lab%20results.pdf;base64,"
                + Base64.getEncoder().encodeToString(FILE));
        assertThat(GraphQlEnvelope.problem("application/json", null, result.json())).isEmpty();
    }

    @Test
    void aBodyThatBreaksTheSpecIsRefused() {
        assertThat(GraphQlMultipart.toJson("multipart/form-data", new byte[0]).refusal()).contains("boundary");
        assertThat(GraphQlMultipart.toJson(TYPE, body("{\"query\": \"{ __typename }\", \"variables\": {}}",
                "{\"0\": [\"variables.file\"]}", "0")).refusal()).contains("variables.file");
        assertThat(GraphQlMultipart.toJson(TYPE, body("{\"query\": \"{ __typename }\", \"variables\": {\"file\": null}}",
                "{\"1\": [\"variables.file\"]}", "0")).refusal()).contains("does not carry");
        assertThat(GraphQlMultipart.toJson(TYPE, body("[]", "{}", "0")).refusal()).contains("no batch");
        assertThat(GraphQlMultipart.toJson(TYPE, "------caregate\r\nbroken".getBytes(StandardCharsets.UTF_8))
                .refusal()).contains("malformed");
    }

    private static JsonObject parse(byte[] json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(new String(json, StandardCharsets.UTF_8)))
                .readObject();
    }

    private static byte[] body(String operations, String map, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "------caregate\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + operations + "\r\n");
        write(out, "------caregate\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + map + "\r\n");
        write(out, "------caregate\r\nContent-Disposition: form-data; name=\"" + fileName
                + "\"; filename=\"lab results.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
        out.writeBytes(FILE);
        write(out, "\r\n------caregate--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
