package org.caregate.forms.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appointments' attachments, always looked up within one organization and one appointment. */
public interface AttachmentRepository {

    void add(Attachment attachment);

    /** The attachment, its row locked until the transaction ends: deletions of one attachment take turns. */
    Optional<Attachment> lock(long organizationId, long appointmentId, UUID id);

    /** The appointment's attachments, oldest first. */
    List<Attachment> ofAppointment(long organizationId, long appointmentId);
}
