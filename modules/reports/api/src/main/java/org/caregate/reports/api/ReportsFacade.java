package org.caregate.reports.api;

import jakarta.ejb.Local;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.ReportId;
import org.caregate.kernel.id.ReportPresetId;

/**
 * Reports of an organization's visits: the CSV of visits in a range (Solo's "Data Download"), encounter reports —
 * the same CSV with a preset's columns, generated in the background and handed out as a zip locked with the
 * caller's password (Solo's "Generate report for visits") — and the presets that choose their columns. Members
 * only; everything within the caller's organization.
 */
@Local
public interface ReportsFacade {

    /** Every column of the visits CSV, in order: what a preset chooses among. */
    List<String> columns();

    /**
     * Writes the organization's visits starting in {@code [from, until)} as CSV (header row, every column) to
     * {@code out}, a page of visits at a time; the caller's membership is checked before the first byte.
     */
    void writeVisitsCsv(Caller caller, Instant from, Instant until, OutputStream out) throws IOException;

    /**
     * Orders an encounter report: checks the request (range, preset, password), records it as pending and queues
     * its generation in the same transaction. Nothing is recorded when the request is refused.
     */
    EncounterReportView orderEncounterReport(Caller caller, EncounterReportOrder order);

    /** The report's state; another organization's report is as unknown as a missing one. */
    EncounterReportView encounterReport(Caller caller, ReportId id);

    /** The completed report's zip; refused while pending, after a failure and once expired. */
    EncounterReportFile download(Caller caller, ReportId id);

    /** The organization's presets: the built-in one with every column first, then the others by name. */
    List<ReportPresetView> presets(Caller caller);

    /** Adds a preset (owners and admins). */
    ReportPresetView createPreset(Caller caller, ReportPresetChanges preset);

    /** Renames a preset or chooses its columns again (owners and admins); the built-in preset does not change. */
    ReportPresetView updatePreset(Caller caller, ReportPresetId id, ReportPresetChanges changes);

    /**
     * Removes a preset (owners and admins) and answers it as it was; reports still pending with it fail. The
     * built-in preset cannot be removed.
     */
    ReportPresetView deletePreset(Caller caller, ReportPresetId id);
}
