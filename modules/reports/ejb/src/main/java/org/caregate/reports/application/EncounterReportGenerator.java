package org.caregate.reports.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.CaregateException;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.EncounterReportRepository;
import org.caregate.reports.domain.ReportPresetRepository;
import org.jboss.logging.Logger;

/**
 * Generates an encounter report, in the transaction of the message that asked for it: the report is locked, so a
 * redelivered or repeated message finds it no longer pending and does nothing (idempotent). The visits CSV with the
 * preset's columns is written straight into an AES-256 zip under the unsealed password; the report completes with
 * its file, or fails with the reason when it cannot be made (its preset deleted, its requester no longer a member,
 * a password sealed under another key). Either way the sealed password is wiped and the clear one overwritten.
 * The rows are read outside the message's transaction ({@link VisitCsvWriter}), so a refusal while reading fails the
 * report at once. An unexpected failure (the database, the broker) rolls back, and the broker delivers the message
 * again.
 */
@Stateless
public class EncounterReportGenerator {

    private static final Logger LOG = Logger.getLogger(EncounterReportGenerator.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    @Inject
    EncounterReportRepository reports;

    @Inject
    ReportPresetRepository presets;

    @Inject
    PasswordKeys keys;

    @Inject
    ReportArchive archive;

    @Inject
    ReportSettings settings;

    @EJB
    VisitCsvWriter csv;

    @Inject
    AuditTrail audit;

    @EJB
    PeopleDirectory people;

    Clock clock = Clock.systemUTC();

    /** Generates the report if it is still pending; does nothing for an unknown or finished one. */
    public void generate(UUID id) {
        Optional<EncounterReport> found = reports.lockForGeneration(id);
        if (found.isEmpty() || !found.get().isPending()) {
            LOG.debugf("Encounter report %s is not pending: nothing to generate", id);
            return;
        }
        EncounterReport report = found.get();
        Caller caller = new Caller(report.requestedBy(), report.organizationId(), Role.STAFF, Privileges.NONE,
                "encounter-report-" + id, "jms");
        boolean stillMember = people.person(report.requestedBy())
                .filter(p -> p.active() && !p.isPatient() && p.organizationId() == report.organizationId()).isPresent();
        if (!stillMember) {
            // the rows are read as the requester: one who left the organization since ordering gets none
            fail(caller, report, "The report's requester is no longer an active member of the organization");
            return;
        }
        Optional<List<String>> columns = PresetColumns.of(presets, report.organizationId(), report.presetId());
        if (columns.isEmpty()) {
            fail(caller, report, "The report's preset was deleted before the report was generated");
            return;
        }
        char[] password;
        try {
            password = keys.seal().open(report.sealedPassword(), id);
        } catch (GeneralSecurityException e) {
            fail(caller, report, "The report's password could not be unsealed (the server's key changed)");
            return;
        }
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            int count;
            try (OutputStream entry = archive.entry(zip, entryName(report), password);
                 Writer writer = new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8))) {
                count = csv.write(caller, report.from(), report.to().plusSeconds(1), columns.get(), writer);
            }
            Instant now = clock.instant();
            report.complete(count, zip.size(), now, settings.keepFor());
            reports.storeFile(id, zip.toByteArray());
            audit.record(caller, "encounter_report.completed", "encounter_report", id.toString());
            LOG.infof("Encounter report %s completed: %d visits, %d bytes", id, count, zip.size());
        } catch (CaregateException refusal) {
            fail(caller, report, "The report could not be generated: " + refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write encounter report " + id, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Gives up a report that stayed pending too long; does nothing when it is no longer pending. */
    public void giveUp(UUID id) {
        reports.lockForGeneration(id).filter(EncounterReport::isPending).ifPresent(report -> fail(
                new Caller(report.requestedBy(), report.organizationId(), Role.STAFF, Privileges.NONE,
                        "encounter-report-" + id, "timer"), report,
                "The report was not generated within " + settings.pendingTimeout()));
    }

    private void fail(Caller caller, EncounterReport report, String reason) {
        report.fail(reason, clock.instant());
        audit.record(caller, "encounter_report.failed", "encounter_report", report.id().toString());
        LOG.infof("Encounter report %s failed: %s", report.id(), reason);
    }

    /** The CSV's name inside the zip: {@code encounter-report-20240815-20240816.csv}. */
    static String entryName(EncounterReport report) {
        return "encounter-report-" + DAY.format(report.from()) + "-" + DAY.format(report.to()) + ".csv";
    }
}
