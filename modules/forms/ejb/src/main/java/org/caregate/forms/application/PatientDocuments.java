package org.caregate.forms.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.caregate.forms.api.PatientDocument;

/** How a patient document an EHR sends reads in the patient's chart: its name, when it was written, each answer. */
final class PatientDocuments {

    /** Patient documents are plain text. */
    static final String TYPE = "text/plain";

    private PatientDocuments() {
    }

    static byte[] text(String name, Instant written, List<PatientDocument.Response> responses) {
        StringBuilder text = new StringBuilder(name).append("\nWritten ").append(written).append('\n');
        for (PatientDocument.Response response : responses) {
            text.append("\nQ: ").append(response.question()).append("\nA: ").append(response.response()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
