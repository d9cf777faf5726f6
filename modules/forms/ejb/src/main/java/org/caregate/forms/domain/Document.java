package org.caregate.forms.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A document (Healthie's Document): a file an organization keeps — a lab result, a signed consent, a referral —
 * uploaded by a member or a patient (its owner), possibly about one patient, who sees it once it is shared with them.
 * Its content is kept apart, by {@code fileId}; each download is remembered as an open.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "owner_user_id", nullable = false, updatable = false)
    private long ownerUserId;

    @Column(name = "rel_user_id")
    private Long relUserId;

    @Column(name = "shared_with_rel", nullable = false)
    private boolean sharedWithRel;

    @Column(name = "folder_id")
    private Long folderId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "file_id", nullable = false, updatable = false)
    private UUID fileId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<DocumentOpen> opens = new ArrayList<>();

    protected Document() {
    }

    /** A document of the organization whose content was stored as {@code fileId}, owned by its uploader. */
    public static Document upload(long organizationId, long ownerUserId, String displayName, StoredContent content,
                                  Instant now) {
        Document document = new Document();
        document.organizationId = organizationId;
        document.ownerUserId = ownerUserId;
        document.displayName = displayName;
        document.contentType = content.contentType();
        document.size = content.size();
        document.fileId = content.fileId();
        document.createdAt = now;
        document.updatedAt = now;
        return document;
    }

    public void rename(String name, Instant now) {
        displayName = name;
        updatedAt = now;
    }

    /** Makes the document about {@code patient} ({@code null}: nobody), shared with them or not. */
    public void relateTo(Long patient, boolean shared, Instant now) {
        relUserId = patient;
        sharedWithRel = patient != null && shared;
        updatedAt = now;
    }

    /** Files the document in {@code folder} ({@code null}: in none), a folder of its organization. */
    public void fileIn(Long folder, Instant now) {
        folderId = folder;
        updatedAt = now;
    }

    /** Whether {@code user}, a patient, may see it: they uploaded it, or it is shared with them. */
    public boolean visibleToPatient(long user) {
        return ownerUserId == user || sharedWithRel && relUserId != null && relUserId == user;
    }

    /** Remembers that {@code user} opened (downloaded) it. */
    public void openedBy(long user, Instant now) {
        opens.add(new DocumentOpen(user, now));
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long ownerUserId() {
        return ownerUserId;
    }

    public Long relUserId() {
        return relUserId;
    }

    /** The folder it is filed in, or {@code null}. */
    public Long folderId() {
        return folderId;
    }

    public boolean sharedWithRel() {
        return sharedWithRel;
    }

    public String displayName() {
        return displayName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public UUID fileId() {
        return fileId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<DocumentOpen> opens() {
        return Collections.unmodifiableList(opens);
    }
}
