package org.caregate.forms.api;

/**
 * One answer as a client sends it (Healthie's FormAnswerInput), not yet read: the web adapter passes the strings on
 * and the use case reports every problem at its place in the list.
 *
 * @param customModuleId the question answered, as sent
 * @param answer         the answer's text, as sent
 * @param userId         the patient the answer is about, as sent: must be the form's patient when given
 */
public record AnswerInput(String customModuleId, String answer, String userId) {
}
