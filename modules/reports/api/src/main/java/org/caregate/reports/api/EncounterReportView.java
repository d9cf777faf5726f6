package org.caregate.reports.api;

import java.time.Instant;
import org.caregate.kernel.id.ReportId;
import org.caregate.kernel.id.ReportPresetId;

/**
 * An encounter report's state.
 *
 * @param status     {@code pending}, {@code completed}, {@code failed} or (Caregate addition) {@code expired}
 * @param rows       the visits it holds, once completed
 * @param failure    why it failed, when it did
 * @param expiresAt  when a completed report's file is removed
 */
public record EncounterReportView(ReportId id, String status, Instant from, Instant to, ReportPresetId presetId,
                                  Instant createdAt, Instant finishedAt, Instant expiresAt, Integer rows,
                                  String failure) {
}
