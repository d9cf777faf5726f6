package org.caregate.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A preset of encounter reports, "configured in the Solo Web Application" in Solo's words: a name and the columns of
 * the visits CSV an encounter report made with it shows, in order. Every organization also has a built-in preset
 * with every column, which is not stored: its id is derived from the organization's ({@link #builtInId}).
 */
@Entity
@Table(name = "report_preset")
public class ReportPreset {

    /** The built-in preset's name. */
    public static final String BUILT_IN_NAME = "All columns";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "columns", nullable = false)
    private String columns;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportPreset() {
    }

    /** A new preset of the organization; name and columns are checked by the caller. */
    public static ReportPreset define(UUID id, long organizationId, String name, List<String> columns, Instant now) {
        ReportPreset preset = new ReportPreset();
        preset.id = id;
        preset.organizationId = organizationId;
        preset.name = name;
        preset.columns = String.join(",", columns);
        preset.createdAt = now;
        preset.updatedAt = now;
        return preset;
    }

    /** Renames it and/or chooses its columns again; {@code null} keeps what it has. */
    public void revise(String newName, List<String> newColumns, Instant now) {
        if (newName != null) {
            name = newName;
        }
        if (newColumns != null) {
            columns = String.join(",", newColumns);
        }
        updatedAt = now;
    }

    /**
     * The id of the organization's built-in preset: the same for the organization every time, and another
     * organization's is another UUID (name-based, from the organization's id).
     */
    public static UUID builtInId(long organizationId) {
        return UUID.nameUUIDFromBytes(("caregate.reports.built-in-preset:" + organizationId)
                .getBytes(StandardCharsets.UTF_8));
    }

    public UUID id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return Arrays.asList(columns.split(","));
    }
}
