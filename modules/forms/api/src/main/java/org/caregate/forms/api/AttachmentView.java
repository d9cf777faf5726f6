package org.caregate.forms.api;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an appointment: its name, its declared type and size, when it came, whether it was deleted. */
public record AttachmentView(UUID id, long appointmentId, String title, String mimeType, long size, Instant uploadedAt,
                             boolean deleted) {
}
