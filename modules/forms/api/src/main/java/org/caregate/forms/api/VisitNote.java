package org.caregate.forms.api;

/**
 * Solo's visit note: an appointment's chart note and the template it completes (every question, answered or not).
 *
 * @param template the template as it stands, or {@code null} once it was deleted
 * @param zone     the IANA time zone the note's times are told in (the patient's, else UTC)
 */
public record VisitNote(FilledFormView note, FormTemplateView template, String zone) {
}
