package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.io.InputStream;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;

/**
 * Files an EHR attaches to an appointment (Solo's appointment attachments). Members only; the appointment must be the
 * caller's organization's, else it is not found.
 */
@Local
public interface AttachmentFacade {

    /**
     * Attaches the file: PDF, PNG or JPEG, as its content's first bytes show, at most 5 MiB.
     *
     * @param fileName the name shown for it, or {@code null}
     * @param mimeType the type the sender declared
     */
    AttachmentView attach(Caller caller, AppointmentId appointment, String fileName, String mimeType,
                          InputStream content);

    /** The appointment's attachments, oldest first, deleted ones flagged. */
    List<AttachmentView> attachments(Caller caller, AppointmentId appointment);

    /** Deletes an attachment of the appointment: its content goes, its entry stays, flagged. */
    void delete(Caller caller, AppointmentId appointment, String attachmentId);
}
