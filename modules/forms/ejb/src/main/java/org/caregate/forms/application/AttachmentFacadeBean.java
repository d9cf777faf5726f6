package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.caregate.forms.api.AttachmentFacade;
import org.caregate.forms.api.AttachmentView;
import org.caregate.forms.domain.Attachment;
import org.caregate.forms.domain.AttachmentRepository;
import org.caregate.forms.domain.DocumentFiles;
import org.caregate.forms.domain.FileKind;
import org.caregate.forms.domain.StoredContent;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.RefusedException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.VideoAppointments;

/**
 * Appointment attachments (Solo): members attach PDFs and images to their organization's appointments, list them and
 * delete them. The declared type must be one Solo accepts and the content must carry that type's signature; at most
 * 5 MiB. Audited as {@code attachment.created} and {@code attachment.deleted}.
 */
@Stateless
public class AttachmentFacadeBean implements AttachmentFacade {

    /** The largest attachment: 5 MiB (Solo's "5Mb" read the larger way, so no file Solo takes is refused). */
    static final long MOST_BYTES = 5L * 1024 * 1024;
    private static final String RESOURCE = "attachment";

    @Inject
    AttachmentRepository attachments;

    @Inject
    DocumentFiles files;

    @EJB
    VideoAppointments appointments;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public AttachmentView attach(Caller caller, AppointmentId appointment, String fileName, String mimeType,
                                 InputStream content) {
        requireAppointment(caller, appointment);
        String type = Attachment.acceptedType(mimeType).orElseThrow(() -> new RefusedException("Mime type \""
                + (mimeType == null ? "" : mimeType) + "\" not supported. Available file mime-types: "
                + String.join(", ", Attachment.MIME_TYPES.stream().map(t -> "\"" + t + "\"").toList())));
        Peeked peeked = Peeked.of(content);
        if (!Attachment.contentIs(type, peeked.head())) {
            throw new RefusedException("File content is not of mime type \"" + type + "\"");
        }
        String title = fileName == null || fileName.isBlank() ? "Attachment."
                + FileKind.claimedBy(type).orElseThrow().extension() : fileName.strip();
        if (title.length() > 255) {
            throw new InvalidInputException("fileName", "is too long (at most 255 characters)");
        }
        StoredContent stored;
        try {
            stored = files.store(caller.organizationId(), peeked.content(), type, MOST_BYTES);
        } catch (DocumentFiles.FileTooLarge e) {
            throw new RefusedException("File is too large. Max file size: 5Mb (5 MiB)");
        }
        Attachment attachment = Attachment.attach(caller.organizationId(), appointment.value(), title, type, stored,
                caller.userId(), clock.instant());
        attachments.add(attachment);
        audit.record(caller, RESOURCE + ".created", RESOURCE, attachment.id().toString());
        return view(attachment);
    }

    @Override
    public List<AttachmentView> attachments(Caller caller, AppointmentId appointment) {
        requireAppointment(caller, appointment);
        return attachments.ofAppointment(caller.organizationId(), appointment.value()).stream()
                .map(AttachmentFacadeBean::view).toList();
    }

    @Override
    public void delete(Caller caller, AppointmentId appointment, String attachmentId) {
        requireAppointment(caller, appointment);
        UUID id;
        try {
            id = UUID.fromString(attachmentId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException("Attachment");
        }
        Attachment attachment = attachments.lock(caller.organizationId(), appointment.value(), id)
                .filter(a -> !a.deleted()).orElseThrow(() -> new NotFoundException("Attachment"));
        attachment.delete().ifPresent(content -> files.delete(caller.organizationId(), content));
        audit.record(caller, RESOURCE + ".deleted", RESOURCE, id.toString());
    }

    /** Members, on an appointment of their organization that is not deleted. */
    private void requireAppointment(Caller caller, AppointmentId appointment) {
        Access.requireMember(caller);
        if (appointments.find(caller.organizationId(), appointment.value(), false).isEmpty()) {
            throw new NotFoundException("Appointment");
        }
    }

    private static AttachmentView view(Attachment attachment) {
        return new AttachmentView(attachment.id(), attachment.appointmentId(), attachment.title(),
                attachment.mimeType(), attachment.size(), attachment.uploadedAt(), attachment.deleted());
    }
}
