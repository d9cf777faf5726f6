package org.caregate.forms.api;

import java.util.List;

/**
 * One answer of Solo's visit note: the question by its UUID, the answer as a list of values (one for most kinds,
 * any number of choices for a checkbox).
 */
public record VisitNoteAnswer(String questionUuid, List<String> values) {

    public VisitNoteAnswer {
        values = List.copyOf(values);
    }
}
