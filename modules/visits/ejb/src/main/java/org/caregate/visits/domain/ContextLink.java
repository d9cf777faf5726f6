package org.caregate.visits.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Solo's context-aware link, opened: which user, in which role ({@code patient}, {@code medicalAssistant},
 * {@code provider}), enters which visit, when the link was made, and the patient it concerns. Reading one from its
 * encrypted wire form is {@code application.ContextLinkFormat}'s job.
 */
public record ContextLink(String user, String type, String visit, Instant date, String patientId, String patientSex,
                          LocalDate patientDob, String patientFirstName, String patientLastName) {
}
