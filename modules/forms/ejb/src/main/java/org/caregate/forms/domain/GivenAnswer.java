package org.caregate.forms.domain;

/**
 * An answer checked against its question's kind: the text as stored and as people read it.
 *
 * @param answer    as stored (choices of a checkbox one per line, a date as yyyy-MM-dd, …)
 * @param displayed as shown ({@code displayed_answer})
 */
public record GivenAnswer(String answer, String displayed) {

    /** Whether nothing was answered. */
    public boolean blank() {
        return answer.isBlank();
    }
}
