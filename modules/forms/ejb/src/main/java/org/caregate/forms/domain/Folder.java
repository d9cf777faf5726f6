package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A folder (Healthie's Folder): where an organization files its documents, possibly inside another of its folders
 * ({@link FolderPlacement} keeps the tree at most {@link FolderPlacement#MOST_DEPTH} deep and free of cycles).
 * Owned by the member who created it.
 */
@Entity
@Table(name = "folder")
public class Folder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "owner_user_id", nullable = false, updatable = false)
    private long ownerUserId;

    @Column(name = "parent_folder_id")
    private Long parentId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Folder() {
    }

    /** A new folder of the organization, in {@code parentId} ({@code null}: at the top). */
    public static Folder create(long organizationId, long ownerUserId, String name, Long parentId, Instant now) {
        Folder folder = new Folder();
        folder.organizationId = organizationId;
        folder.ownerUserId = ownerUserId;
        folder.name = name;
        folder.parentId = parentId;
        folder.createdAt = now;
        folder.updatedAt = now;
        return folder;
    }

    public void rename(String newName, Instant now) {
        name = newName;
        updatedAt = now;
    }

    /** Moves it into {@code parent} ({@code null}: to the top), once {@link FolderPlacement} allowed it. */
    public void moveTo(Long parent, Instant now) {
        parentId = parent;
        updatedAt = now;
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

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
