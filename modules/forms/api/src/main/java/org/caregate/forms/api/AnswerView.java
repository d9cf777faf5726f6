package org.caregate.forms.api;

import java.time.Instant;

/**
 * One answer of a filled form.
 *
 * @param question        the question as it stands now, or {@code null} once it was deleted from its template
 * @param modType         the question's kind when answered
 * @param label           the question's label when answered
 * @param displayedAnswer the answer for people to read (choices joined, dates spelled out, signatures as "Signed")
 */
public record AnswerView(long id, QuestionView question, String modType, String label, String answer,
                         String displayedAnswer, int position, Instant updatedAt) {
}
