package org.caregate.reports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.RefusedException;
import org.caregate.kernel.id.ReportId;
import org.caregate.kernel.id.ReportPresetId;
import org.caregate.kernel.input.Reading;
import org.caregate.reports.api.EncounterReportOrder;
import org.caregate.reports.api.EncounterReportView;
import org.caregate.reports.api.ReportPresetChanges;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.ReportPreset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsFacadeBeanTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Caller ADMIN = new Caller(10L, 1L, Role.STAFF,
            new Privileges(false, true, false, false, false, false), "r", "127.0.0.1");
    private static final Caller PROVIDER = new Caller(11L, 1L, Role.PROVIDER, Privileges.NONE, "r", "127.0.0.1");
    private static final Caller OTHER = new Caller(20L, 2L, Role.PROVIDER, Privileges.NONE, "r", "127.0.0.1");
    private static final Caller PATIENT = new Caller(12L, 1L, Role.PATIENT, Privileges.NONE, "r", "127.0.0.1");

    private final InMemoryReports memory = new InMemoryReports();
    private final Map<UUID, EncounterReport> stored = memory.reports;
    private final List<UUID> queued = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final PasswordSeal seal = new PasswordSeal(PasswordSealTest.key((byte) 3));
    private ReportsFacadeBean facade;

    @BeforeEach
    void facade() {
        facade = new ReportsFacadeBean();
        facade.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        facade.reports = memory.reportRepository;
        facade.presets = memory.presetRepository;
        facade.queue = (id, delay) -> queued.add(id);
        facade.keys = new PasswordKeys() {
            @Override
            public PasswordSeal seal() {
                return seal;
            }
        };
        ReportSettings settings = new ReportSettings();
        settings.generationDelay = "PT0S";
        settings.keepFor = "P7D";
        settings.pendingTimeout = "PT1H";
        facade.settings = settings;
        facade.audit = (caller, action, type, id) -> audited.add(action);
    }

    @Test
    void anOrderIsRecordedPendingWithItsPasswordSealedAndQueuedAndTheGivenPasswordIsOverwritten()
            throws GeneralSecurityException {
        char[] password = PasswordSealTest.SEED_PASSWORD.toCharArray();
        EncounterReportView view = facade.orderEncounterReport(PROVIDER, order(NOW.minusSeconds(86400), NOW,
                builtIn(1), password));
        assertThat(view.status()).isEqualTo("pending");
        assertThat(queued).containsExactly(view.id().value());
        EncounterReport report = stored.get(view.id().value());
        assertThat(new String(seal.open(report.sealedPassword(), report.id()))).isEqualTo(PasswordSealTest.SEED_PASSWORD);
        assertThat(password).containsOnly('\0');
        assertThat(audited).containsExactly("encounter_report.ordered");
    }

    @Test
    void anOrganizationHasAtMostFiveReportsGeneratingAtOnce() {
        for (int i = 0; i < ReportsFacadeBean.MOST_PENDING; i++) {
            facade.orderEncounterReport(PROVIDER, order(NOW.minusSeconds(60), NOW, builtIn(1), "pw".toCharArray()));
        }
        assertThatThrownBy(() -> facade.orderEncounterReport(PROVIDER, order(NOW.minusSeconds(60), NOW, builtIn(1),
                "pw".toCharArray()))).isInstanceOf(RefusedException.class).hasMessageContaining("being generated");
        assertThat(stored).hasSize(ReportsFacadeBean.MOST_PENDING);
    }

    @Test
    void everyProblemIsReportedAtOnceInOrderAndNothingIsRecorded() {
        Reading reading = new Reading(Set.of("from", "to", "presetId", "password"),
                List.of(new FieldMessage("from", "This value is not a valid datetime")));
        assertThat(refusal(new EncounterReportOrder(null, null, new ReportPresetId(UUID.randomUUID()),
                "  ".toCharArray(), reading))).containsExactly(
                new FieldMessage("from", "This value is not a valid datetime"),
                new FieldMessage("to", "This value should not be blank"),
                new FieldMessage("presetId", "This preset does not exist"),
                new FieldMessage("password", "This value should not be blank"));
        assertThat(refusal(order(NOW, NOW.minusSeconds(1), null, null))).containsExactly(
                new FieldMessage("to", "This value should be greater than or equal to from"),
                new FieldMessage("presetId", "This value should not be blank"),
                new FieldMessage("password", "This value should not be blank"));
        assertThat(refusal(order(NOW.minus(Duration.ofDays(367)), NOW, builtIn(1), "x".repeat(129).toCharArray())))
                .containsExactly(new FieldMessage("to", "This value should be at most 366 days after from"),
                        new FieldMessage("password", "This value is too long. It should have 128 characters or less"));
        assertThat(stored).isEmpty();
        assertThat(queued).isEmpty();
    }

    @Test
    void anotherOrganizationsPresetsAreUnknownAndItsReportsAreNotFound() {
        ReportPresetId theirs = facade.createPreset(new Caller(21L, 2L, Role.STAFF,
                new Privileges(true, false, false, false, false, false), "r", "x"),
                new ReportPresetChanges("Theirs", List.of("appointment_id"))).id();
        assertThat(refusal(order(NOW.minusSeconds(60), NOW, theirs, "pw".toCharArray())))
                .containsExactly(new FieldMessage("presetId", "This preset does not exist"));
        assertThat(refusal(order(NOW.minusSeconds(60), NOW, builtIn(2), "pw".toCharArray())))
                .containsExactly(new FieldMessage("presetId", "This preset does not exist"));
        ReportId mine = facade.orderEncounterReport(PROVIDER, order(NOW.minusSeconds(60), NOW, builtIn(1),
                "pw".toCharArray())).id();
        assertThatThrownBy(() -> facade.encounterReport(OTHER, mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.download(OTHER, mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.download(PROVIDER, mine)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("pending");
        assertThatThrownBy(() -> facade.encounterReport(PATIENT, mine)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void presetsChooseKnownColumnsOnceEachAndOnlyAdminsManageThem() {
        assertThatThrownBy(() -> facade.createPreset(PROVIDER, new ReportPresetChanges("Mine", List.of("start"))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(problems(() -> facade.createPreset(ADMIN, new ReportPresetChanges(" ", List.of()))))
                .extracting(FieldMessage::field).containsExactly("name", "columns");
        assertThat(problems(() -> facade.createPreset(ADMIN, new ReportPresetChanges("A", List.of("start", "nope")))))
                .singleElement().extracting(FieldMessage::message).asString().startsWith("has an unknown column 'nope'");
        assertThat(problems(() -> facade.createPreset(ADMIN, new ReportPresetChanges("A", List.of("start", "start")))))
                .containsExactly(new FieldMessage("columns", "names 'start' twice"));
        assertThat(problems(() -> facade.createPreset(ADMIN, new ReportPresetChanges("all COLUMNS", List.of("start")))))
                .containsExactly(new FieldMessage("name", "has already been taken"));

        var created = facade.createPreset(ADMIN, new ReportPresetChanges(" Short ", List.of("patient_mrn", "start")));
        assertThat(created.name()).isEqualTo("Short");
        assertThat(created.columns()).containsExactly("patient_mrn", "start");
        var renamed = facade.updatePreset(ADMIN, created.id(), new ReportPresetChanges("Shorter", null));
        assertThat(renamed.columns()).containsExactly("patient_mrn", "start");
        assertThat(facade.presets(PROVIDER)).extracting(p -> p.name()).containsExactly("All columns", "Shorter");
        assertThat(facade.presets(PROVIDER).get(0).columns()).isEqualTo(VisitColumns.ALL);
        assertThat(problems(() -> facade.deletePreset(ADMIN, builtIn(1)))).extracting(FieldMessage::field)
                .containsExactly("id");
        assertThatThrownBy(() -> facade.deletePreset(OTHER, created.id())).isInstanceOf(ForbiddenException.class);
        facade.deletePreset(ADMIN, created.id());
        assertThat(facade.presets(PROVIDER)).hasSize(1);
    }

    private List<FieldMessage> refusal(EncounterReportOrder order) {
        return problems(() -> facade.orderEncounterReport(PROVIDER, order));
    }

    private static List<FieldMessage> problems(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("not refused");
    }

    private static EncounterReportOrder order(Instant from, Instant to, ReportPresetId preset, char[] password) {
        return new EncounterReportOrder(from, to, preset, password, new Reading(Set.of(), List.of()));
    }

    private static ReportPresetId builtIn(long organization) {
        return new ReportPresetId(ReportPreset.builtInId(organization));
    }
}
