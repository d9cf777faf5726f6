package org.caregate.reports.api;

import org.caregate.kernel.id.ReportPresetId;
import org.caregate.kernel.input.Reading;

/**
 * An encounter report as ordered: the visits starting from {@code from} up to and including {@code to}, the preset
 * that chooses the columns, and the password the zip is locked with.
 *
 * @param from     the range's start, or {@code null} when missing or unreadable (then in {@code reading})
 * @param to       the range's end, or {@code null} likewise
 * @param presetId the preset, or {@code null} likewise
 * @param password the password, as given; {@code null} when missing
 * @param reading  what the adapter could not read, reported in order with the use case's own problems
 */
public record EncounterReportOrder(java.time.Instant from, java.time.Instant to, ReportPresetId presetId,
                                   char[] password, Reading reading) {

    @Override
    public String toString() {
        return "EncounterReportOrder[from=" + from + ", to=" + to + ", presetId=" + presetId + ", password=***]";
    }
}
