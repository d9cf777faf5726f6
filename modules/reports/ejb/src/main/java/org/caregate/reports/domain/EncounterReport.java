package org.caregate.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * An encounter report a member ordered: the organization's visits in a range, with a preset's columns, to be
 * generated in the background into a zip locked with the member's password. While it is pending it keeps that
 * password sealed with the server's key (never in clear); generation ends it, completed or failed, and wipes the
 * sealed password. A completed report's file is kept until it expires. The file itself is stored beside the
 * report (not loaded with it: polling the status reads no file).
 */
@Entity
@Table(name = "encounter_report")
public class EncounterReport {

    /** Longest failure reason kept. */
    static final int MAX_FAILURE = 200;

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "preset_id", nullable = false)
    private UUID presetId;

    @Column(name = "range_from", nullable = false)
    private Instant from;

    @Column(name = "range_to", nullable = false)
    private Instant to;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "sealed_password")
    private byte[] sealedPassword;

    @Column(name = "content_size")
    private Integer contentSize;

    @Column(name = "row_count")
    private Integer rows;

    @Column(name = "failure")
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected EncounterReport() {
    }

    /** A report ordered now, pending, holding the password sealed. */
    public static EncounterReport order(UUID id, long organizationId, long requestedBy, UUID presetId, Instant from,
                                        Instant to, byte[] sealedPassword, Instant now) {
        EncounterReport report = new EncounterReport();
        report.id = id;
        report.organizationId = organizationId;
        report.requestedBy = requestedBy;
        report.presetId = presetId;
        report.from = from;
        report.to = to;
        report.status = ReportStatus.PENDING.wire();
        report.sealedPassword = sealedPassword.clone();
        report.createdAt = now;
        return report;
    }

    /**
     * The report was generated: it holds {@code rows} visits in a file of {@code size} bytes, kept for
     * {@code keep}. The sealed password is wiped.
     */
    public void complete(int rowCount, int size, Instant now, Duration keep) {
        requirePending();
        status = ReportStatus.COMPLETED.wire();
        rows = rowCount;
        contentSize = size;
        finishedAt = now;
        expiresAt = now.plus(keep);
        wipePassword();
    }

    /** The report could not be generated, for the reason given; the sealed password is wiped. */
    public void fail(String reason, Instant now) {
        requirePending();
        status = ReportStatus.FAILED.wire();
        failure = reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE) : reason;
        finishedAt = now;
        wipePassword();
    }

    /** Where the report stands at {@code now}: a completed report past its expiry is expired, file or not. */
    public ReportStatus statusAt(Instant now) {
        ReportStatus stored = ReportStatus.of(status);
        if (stored == ReportStatus.COMPLETED && expiresAt != null && !now.isBefore(expiresAt)) {
            return ReportStatus.EXPIRED;
        }
        return stored;
    }

    public boolean isPending() {
        return ReportStatus.of(status) == ReportStatus.PENDING;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("encounter report " + id + " is " + status + ", not pending");
        }
    }

    private void wipePassword() {
        if (sealedPassword != null) {
            Arrays.fill(sealedPassword, (byte) 0);
        }
        sealedPassword = null;
    }

    public UUID id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public UUID presetId() {
        return presetId;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    /** The password sealed with the server's key, while pending; {@code null} once generation ended. */
    public byte[] sealedPassword() {
        return sealedPassword == null ? null : sealedPassword.clone();
    }

    public Integer rows() {
        return rows;
    }

    public Integer contentSize() {
        return contentSize;
    }

    public String failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
