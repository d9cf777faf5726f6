package org.caregate.outreach.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message owed to a patient about one visit (or one form completion request: {@code visitKind}
 * {@code requested_form_completion}). It records the visit's start it was planned for, so that a reminder whose visit
 * has since moved is withdrawn rather than sent with a stale time.
 *
 * @param sequence      the visit's iCalendar SEQUENCE when the message was planned (a form request's reminders count)
 * @param visitStartsAt the visit's start, or {@code null} for a form request
 */
public record Message(UUID id, String visitKind, String visitId, long organizationId, Purpose purpose,
                      Channel channel, String recipient, int sequence, Instant visitStartsAt, Instant dueAt) {
}
