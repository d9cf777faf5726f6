package org.caregate.reports.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ExpiredException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.RefusedException;
import org.caregate.kernel.id.ReportId;
import org.caregate.kernel.id.ReportPresetId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.reports.api.EncounterReportFile;
import org.caregate.reports.api.EncounterReportOrder;
import org.caregate.reports.api.EncounterReportView;
import org.caregate.reports.api.ReportPresetChanges;
import org.caregate.reports.api.ReportPresetView;
import org.caregate.reports.api.ReportsFacade;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.EncounterReportRepository;
import org.caregate.reports.domain.ReportPreset;
import org.caregate.reports.domain.ReportPresetRepository;

/**
 * Reports for the organization's members: the visits CSV streamed as asked, encounter reports ordered (checked,
 * recorded pending with the password sealed, and queued in one transaction), their state and their file; presets
 * read by members and managed by owners and admins. Orders, downloads and preset changes are audited.
 */
@Stateless
public class ReportsFacadeBean implements ReportsFacade {

    /** Longest range an encounter report covers (a leap year), as the CSV data dump. */
    static final Duration MAX_RANGE = Duration.ofDays(366);
    /** Longest password taken, in characters. */
    static final int MAX_PASSWORD = 128;
    /** Reports of one organization generating at once: each reads up to a year of visits into a file kept for days. */
    static final int MOST_PENDING = 5;
    /** Longest preset name. */
    static final int MAX_NAME = 100;
    /** Most presets an organization keeps besides the built-in one. */
    static final int MAX_PRESETS = 50;

    private static final String PRESETS_REFUSAL = "Only the organization's owner and admins manage report presets";
    private static final String BLANK = "This value should not be blank";

    @Inject
    EncounterReportRepository reports;

    @Inject
    ReportPresetRepository presets;

    @Inject
    GenerationQueue queue;

    @Inject
    PasswordKeys keys;

    @Inject
    ReportSettings settings;

    @EJB
    VisitCsvWriter csv;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<String> columns() {
        return VisitColumns.ALL;
    }

    /** Outside a transaction: each page is read in its own, so a year of visits holds no transaction open. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeVisitsCsv(Caller caller, Instant from, Instant until, OutputStream out) throws IOException {
        Access.requireMember(caller);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(caller, from, until, VisitColumns.ALL, writer);
        writer.flush();
    }

    @Override
    public EncounterReportView orderEncounterReport(Caller caller, EncounterReportOrder order) {
        Access.requireMember(caller);
        try {
            Inputs inputs = new Inputs();
            instant(inputs, order, "from", order.from());
            instant(inputs, order, "to", order.to());
            if (order.from() != null && order.to() != null) {
                if (order.to().isBefore(order.from())) {
                    inputs.problem("to", "This value should be greater than or equal to from");
                } else if (Duration.between(order.from(), order.to()).compareTo(MAX_RANGE) > 0) {
                    inputs.problem("to", "This value should be at most " + MAX_RANGE.toDays() + " days after from");
                }
            }
            inputs.report(order.reading(), "presetId");
            if (order.presetId() == null && !inputs.hasProblem("presetId")) {
                inputs.problem("presetId", BLANK);
            } else if (order.presetId() != null && PresetColumns.of(presets, caller.organizationId(),
                    order.presetId().value()).isEmpty()) {
                inputs.problem("presetId", "This preset does not exist");
            }
            char[] password = order.password();
            if (blank(password)) {
                inputs.problem("password", BLANK);
            } else if (password.length > MAX_PASSWORD) {
                inputs.problem("password", "This value is too long. It should have " + MAX_PASSWORD
                        + " characters or less");
            }
            inputs.check();
            if (reports.pendingOf(caller.organizationId()) >= MOST_PENDING) {
                // each report reads up to a year of visits and is kept for days: orders wait for earlier ones
                throw new RefusedException("The organization already has " + MOST_PENDING
                        + " reports being generated; order again when one of them is completed");
            }

            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            EncounterReport report = EncounterReport.order(id, caller.organizationId(), caller.userId(),
                    order.presetId().value(), order.from(), order.to(), keys.seal().seal(password, id), now);
            reports.add(report);
            queue.enqueue(id, settings.generationDelay());
            audit.record(caller, "encounter_report.ordered", "encounter_report", id.toString());
            return view(report, now);
        } finally {
            if (order.password() != null) {
                Arrays.fill(order.password(), '\0');
            }
        }
    }

    /** Whether the password is missing or only whitespace, read without copying it into a String. */
    static boolean blank(char[] password) {
        if (password == null) {
            return true;
        }
        for (char c : password) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void instant(Inputs inputs, EncounterReportOrder order, String field, Instant value) {
        inputs.report(order.reading(), field);
        if (value == null && !inputs.hasProblem(field)) {
            inputs.problem(field, BLANK);
        }
    }

    @Override
    public EncounterReportView encounterReport(Caller caller, ReportId id) {
        Access.requireMember(caller);
        return view(report(caller, id), clock.instant());
    }

    @Override
    public EncounterReportFile download(Caller caller, ReportId id) {
        Access.requireMember(caller);
        EncounterReport report = report(caller, id);
        switch (report.statusAt(clock.instant())) {
            case PENDING -> throw new RefusedException("The report is not ready yet: its status is pending. Check "
                    + "/qapi/v1/encounter-report/status/" + id + " until it is completed");
            case FAILED -> throw new RefusedException("The report failed and has no file: " + report.failure());
            case EXPIRED -> throw new ExpiredException("The report's file has expired and was removed");
            default -> {
            }
        }
        byte[] content = reports.file(report.id())
                .orElseThrow(() -> new ExpiredException("The report's file has expired and was removed"));
        audit.record(caller, "encounter_report.downloaded", "encounter_report", report.id().toString());
        return new EncounterReportFile("encounter-report-" + report.id() + ".zip", content);
    }

    private EncounterReport report(Caller caller, ReportId id) {
        return reports.report(caller.organizationId(), id.value()).orElseThrow(() -> new NotFoundException("Report"));
    }

    @Override
    public List<ReportPresetView> presets(Caller caller) {
        Access.requireMember(caller);
        List<ReportPresetView> all = new ArrayList<>();
        all.add(builtIn(caller.organizationId()));
        presets.presets(caller.organizationId()).stream().map(ReportsFacadeBean::view).forEach(all::add);
        return all;
    }

    @Override
    public ReportPresetView createPreset(Caller caller, ReportPresetChanges preset) {
        Access.requireAdministrator(caller, PRESETS_REFUSAL);
        Inputs inputs = new Inputs();
        String name = name(inputs, preset.name(), true);
        List<String> columns = columns(inputs, preset.columns(), true);
        if (presets.count(caller.organizationId()) >= MAX_PRESETS) {
            inputs.problem("name", "cannot be added: an organization keeps at most " + MAX_PRESETS + " presets");
        }
        inputs.check();
        ReportPreset created = ReportPreset.define(UUID.randomUUID(), caller.organizationId(), name, columns,
                clock.instant());
        presets.add(created);
        audit.record(caller, "report_preset.created", "report_preset", created.id().toString());
        return view(created);
    }

    @Override
    public ReportPresetView updatePreset(Caller caller, ReportPresetId id, ReportPresetChanges changes) {
        Access.requireAdministrator(caller, PRESETS_REFUSAL);
        ReportPreset preset = stored(caller, id);
        Inputs inputs = new Inputs();
        String name = name(inputs, changes.name(), false);
        List<String> columns = columns(inputs, changes.columns(), false);
        inputs.check();
        preset.revise(name, columns, clock.instant());
        presets.save(preset);
        audit.record(caller, "report_preset.updated", "report_preset", preset.id().toString());
        return view(preset);
    }

    @Override
    public ReportPresetView deletePreset(Caller caller, ReportPresetId id) {
        Access.requireAdministrator(caller, PRESETS_REFUSAL);
        ReportPreset preset = stored(caller, id);
        ReportPresetView before = view(preset);
        presets.remove(preset);
        audit.record(caller, "report_preset.deleted", "report_preset", preset.id().toString());
        return before;
    }

    /** A stored preset of the caller's organization; the built-in one is refused, another's is unknown. */
    private ReportPreset stored(Caller caller, ReportPresetId id) {
        if (id.value().equals(ReportPreset.builtInId(caller.organizationId()))) {
            throw new InvalidInputException("id", "is the built-in preset, which cannot be changed or deleted");
        }
        return presets.preset(caller.organizationId(), id.value()).orElseThrow(() -> new NotFoundException("Preset"));
    }

    private static String name(Inputs inputs, String given, boolean required) {
        if (given == null && !required) {
            return null;
        }
        if (given == null || given.isBlank()) {
            inputs.problem("name", "can't be blank");
            return null;
        }
        String name = given.strip();
        if (name.length() > MAX_NAME) {
            inputs.problem("name", "is too long (at most " + MAX_NAME + " characters)");
            return null;
        }
        if (name.toLowerCase(Locale.ROOT).equals(ReportPreset.BUILT_IN_NAME.toLowerCase(Locale.ROOT))) {
            inputs.problem("name", "has already been taken");
            return null;
        }
        return name;
    }

    /** Column names checked: at least one, each a column of the visits CSV, none twice. */
    static List<String> columns(Inputs inputs, List<String> given, boolean required) {
        if (given == null && !required) {
            return null;
        }
        if (given == null || given.isEmpty()) {
            inputs.problem("columns", "can't be blank: choose at least one of " + String.join(", ", VisitColumns.ALL));
            return null;
        }
        if (given.size() > VisitColumns.ALL.size()) {
            inputs.problem("columns", "has too many entries (there are " + VisitColumns.ALL.size() + " columns)");
            return null;
        }
        List<String> columns = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (String raw : given) {
            String column = raw == null ? "" : raw.strip();
            if (!VisitColumns.exists(column)) {
                inputs.problem("columns", "has an unknown column '" + (column.length() > 40
                        ? column.substring(0, 40) + "…" : column) + "' (columns: " + String.join(", ", VisitColumns.ALL)
                        + ")");
                return null;
            }
            if (!seen.add(column)) {
                inputs.problem("columns", "names '" + column + "' twice");
                return null;
            }
            columns.add(column);
        }
        return columns;
    }

    static EncounterReportView view(EncounterReport report, Instant now) {
        return new EncounterReportView(new ReportId(report.id()), report.statusAt(now).wire(), report.from(),
                report.to(), new ReportPresetId(report.presetId()), report.createdAt(), report.finishedAt(),
                report.expiresAt(), report.rows(), report.failure());
    }

    private static ReportPresetView view(ReportPreset preset) {
        return new ReportPresetView(new ReportPresetId(preset.id()), preset.name(), preset.columns(), false);
    }

    private static ReportPresetView builtIn(long organizationId) {
        return new ReportPresetView(new ReportPresetId(ReportPreset.builtInId(organizationId)),
                ReportPreset.BUILT_IN_NAME, VisitColumns.ALL, true);
    }
}
