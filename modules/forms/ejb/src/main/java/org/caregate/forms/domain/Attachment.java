package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A file an EHR attached to an appointment — a referral, a scan, a photo — for the clinicians who hold the visit:
 * a PDF, PNG or JPEG, by its declared type and its content alike. Deleting it removes its content and keeps the
 * entry, marked deleted, as Solo lists it.
 */
@Entity
@Table(name = "appointment_attachment")
public class Attachment {

    /** The types Solo accepts, in the order its refusal names them. */
    public static final List<String> MIME_TYPES = List.of("application/pdf", "application/x-pdf", "image/pdf",
            "image/png", "image/jpeg");

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "mime_type", nullable = false, updatable = false)
    private String mimeType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private boolean deleted;

    protected Attachment() {
    }

    /** The accepted type a declaration names (lower case, without parameters), if it is one. */
    public static Optional<String> acceptedType(String declared) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return MIME_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** Whether content whose first bytes are {@code head} is what the accepted {@code mimeType} says. */
    public static boolean contentIs(String mimeType, byte[] head) {
        return FileKind.claimedBy(mimeType).equals(FileKind.sniff(head));
    }

    /** A file attached to the organization's appointment, stored as {@code content}. */
    public static Attachment attach(long organizationId, long appointmentId, String title, String mimeType,
                                    StoredContent content, long uploadedBy, Instant now) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.organizationId = organizationId;
        attachment.appointmentId = appointmentId;
        attachment.title = title;
        attachment.mimeType = mimeType;
        attachment.size = content.size();
        attachment.fileId = content.fileId();
        attachment.uploadedBy = uploadedBy;
        attachment.uploadedAt = now;
        return attachment;
    }

    /** Marks it deleted and lets go of its content; returns the content's id to remove, or empty if gone already. */
    public Optional<UUID> delete() {
        Optional<UUID> content = Optional.ofNullable(fileId);
        deleted = true;
        fileId = null;
        return content;
    }

    public UUID id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public String title() {
        return title;
    }

    public String mimeType() {
        return mimeType;
    }

    public long size() {
        return size;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public boolean deleted() {
        return deleted;
    }
}
