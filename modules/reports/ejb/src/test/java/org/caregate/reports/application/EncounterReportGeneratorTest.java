package org.caregate.reports.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.lingala.zip4j.ZipFile;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.ReportPreset;
import org.caregate.reports.infrastructure.Zip4jArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncounterReportGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final long ORGANIZATION = 5;

    private final InMemoryReports memory = new InMemoryReports();
    private final Map<UUID, EncounterReport> reports = memory.reports;
    private final Map<UUID, byte[]> files = memory.files;
    private final Map<UUID, ReportPreset> presets = memory.presets;
    private final List<String> audited = new ArrayList<>();
    private final PasswordSeal seal = new PasswordSeal(PasswordSealTest.key((byte) 9));
    private final List<List<String>> written = new ArrayList<>();
    private RuntimeException refusal;
    /** Whether the requester (user 1) is still an active member of the organization. */
    private boolean requesterStillMember = true;
    private EncounterReportGenerator generator;

    @TempDir
    Path folder;

    @BeforeEach
    void generator() {
        generator = new EncounterReportGenerator();
        generator.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        generator.reports = memory.reportRepository;
        generator.presets = memory.presetRepository;
        generator.keys = new PasswordKeys() {
            @Override
            public PasswordSeal seal() {
                return seal;
            }
        };
        generator.archive = new Zip4jArchive();
        ReportSettings settings = new ReportSettings();
        settings.keepFor = "P7D";
        settings.pendingTimeout = "PT1H";
        settings.generationDelay = "PT0S";
        generator.settings = settings;
        generator.audit = (caller, action, type, id) -> audited.add(action);
        generator.people = (PeopleDirectory) Proxy.newProxyInstance(PeopleDirectory.class.getClassLoader(),
                new Class<?>[] {PeopleDirectory.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("person")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.of(new Person((Long) arguments[0], ORGANIZATION, false, "Req", "Uester",
                            "req@example.org", null, "UTC", requesterStillMember, null, null));
                });
        generator.csv = new VisitCsvWriter() {
            @Override
            public int write(Caller caller, Instant from, Instant until, List<String> columns, Appendable out)
                    throws IOException {
                if (refusal != null) {
                    throw refusal;
                }
                written.add(columns);
                out.append(String.join(",", columns)).append("\r\n").append("1,MRN-1\r\n");
                return 1;
            }
        };
    }

    @Test
    void completesOnceWithAZipThatOpensWithTheOrderedPasswordAndWipesTheSeal() throws IOException {
        UUID preset = UUID.randomUUID();
        presets.put(preset, ReportPreset.define(preset, ORGANIZATION, "Two", List.of("appointment_id", "patient_mrn"),
                NOW));
        UUID id = order(preset);

        generator.generate(id);
        generator.generate(id); // a redelivered message

        EncounterReport report = reports.get(id);
        assertThat(report.statusAt(NOW).wire()).isEqualTo("completed");
        assertThat(report.sealedPassword()).isNull();
        assertThat(report.rows()).isEqualTo(1);
        assertThat(written).containsExactly(List.of("appointment_id", "patient_mrn"));
        assertThat(audited).containsExactly("encounter_report.completed");
        Path zip = folder.resolve("report.zip");
        Files.write(zip, files.get(id));
        try (ZipFile file = new ZipFile(zip.toFile(), PasswordSealTest.SEED_PASSWORD.toCharArray());
             InputStream in = file.getInputStream(file.getFileHeaders().get(0))) {
            assertThat(file.getFileHeaders().get(0).getFileName()).isEqualTo("encounter-report-20261130-20261201.csv");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("appointment_id,patient_mrn\r\n1,MRN-1\r\n");
        }
    }

    @Test
    void theBuiltInPresetWritesEveryColumn() {
        UUID id = order(ReportPreset.builtInId(ORGANIZATION));
        generator.generate(id);
        assertThat(written).containsExactly(VisitColumns.ALL);
    }

    @Test
    void aDeletedPresetOrARefusalWhileReadingFailsTheReportAndWipesTheSeal() {
        UUID deleted = order(UUID.randomUUID());
        generator.generate(deleted);
        assertThat(reports.get(deleted).statusAt(NOW).wire()).isEqualTo("failed");
        assertThat(reports.get(deleted).failure()).contains("preset was deleted");
        assertThat(reports.get(deleted).sealedPassword()).isNull();

        refusal = new ForbiddenException("Only providers and staff members may do this");
        UUID refused = order(ReportPreset.builtInId(ORGANIZATION));
        generator.generate(refused);
        assertThat(reports.get(refused).statusAt(NOW).wire()).isEqualTo("failed");
        assertThat(reports.get(refused).failure()).contains("Only providers and staff members");
        assertThat(reports.get(refused).sealedPassword()).isNull();
        assertThat(files).isEmpty();
    }

    @Test
    void aSealMadeUnderAnotherKeyFailsTheReport() {
        UUID id = UUID.randomUUID();
        reports.put(id, EncounterReport.order(id, ORGANIZATION, 1, ReportPreset.builtInId(ORGANIZATION),
                NOW.minusSeconds(86400), NOW, new PasswordSeal(PasswordSealTest.key((byte) 1)).seal("x".toCharArray(), id),
                NOW));
        generator.generate(id);
        assertThat(reports.get(id).failure()).contains("could not be unsealed");
    }

    @Test
    void anUnknownReportIsIgnoredAndAStalePendingOneIsGivenUp() {
        generator.generate(UUID.randomUUID());
        UUID id = order(ReportPreset.builtInId(ORGANIZATION));
        generator.giveUp(id);
        assertThat(reports.get(id).failure()).isEqualTo("The report was not generated within PT1H");
        assertThat(reports.get(id).sealedPassword()).isNull();
        generator.giveUp(id);
        assertThat(audited).containsExactly("encounter_report.failed");
    }

    @Test
    void aRequesterWhoLeftTheOrganizationSinceOrderingGetsNoReport() {
        requesterStillMember = false;
        UUID id = order(ReportPreset.builtInId(ORGANIZATION));
        generator.generate(id);
        assertThat(reports.get(id).statusAt(NOW).wire()).isEqualTo("failed");
        assertThat(reports.get(id).failure()).contains("no longer an active member");
        assertThat(reports.get(id).sealedPassword()).isNull();
        assertThat(written).as("no visit was read").isEmpty();
    }

    private UUID order(UUID preset) {
        UUID id = UUID.randomUUID();
        reports.put(id, EncounterReport.order(id, ORGANIZATION, 1, preset, Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("2026-12-01T23:59:59Z"), seal.seal(PasswordSealTest.SEED_PASSWORD.toCharArray(), id), NOW));
        return id;
    }
}
