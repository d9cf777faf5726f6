package org.caregate.forms.api;

import java.util.List;

/** A patient document as an EHR sends it: a name, when it was written (Unix seconds) and the questions answered. */
public record PatientDocument(String name, Long dateTime, List<Response> responses) {

    public PatientDocument {
        responses = responses == null ? null : List.copyOf(responses);
    }

    /** One question and its answer. */
    public record Response(String question, String response) {
    }
}
