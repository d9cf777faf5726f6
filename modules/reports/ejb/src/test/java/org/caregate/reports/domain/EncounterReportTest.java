package org.caregate.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EncounterReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void completingKeepsTheFileForAWhileAndWipesTheSealedPassword() {
        EncounterReport report = pending();
        assertThat(report.sealedPassword()).isNotNull();
        report.complete(3, 512, NOW, Duration.ofDays(7));
        assertThat(report.sealedPassword()).isNull();
        assertThat(report.statusAt(NOW).wire()).isEqualTo("completed");
        assertThat(report.statusAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isEqualTo(ReportStatus.COMPLETED);
        assertThat(report.statusAt(NOW.plus(Duration.ofDays(7))).wire()).isEqualTo("expired");
        assertThat(report.rows()).isEqualTo(3);
    }

    @Test
    void failingWipesTheSealedPasswordAndKeepsTheReason() {
        EncounterReport report = pending();
        report.fail("x".repeat(300), NOW);
        assertThat(report.sealedPassword()).isNull();
        assertThat(report.statusAt(NOW.plus(Duration.ofDays(30))).wire()).isEqualTo("failed");
        assertThat(report.failure()).hasSize(EncounterReport.MAX_FAILURE);
    }

    @Test
    void aReportEndsOnce() {
        EncounterReport report = pending();
        report.complete(0, 100, NOW, Duration.ofDays(1));
        assertThatThrownBy(() -> report.fail("again", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.complete(1, 1, NOW, Duration.ofDays(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(report.isPending()).isFalse();
    }

    @Test
    void theBuiltInPresetIdIsStablePerOrganizationAndDiffersBetweenThem() {
        assertThat(ReportPreset.builtInId(7)).isEqualTo(ReportPreset.builtInId(7)).isNotEqualTo(ReportPreset.builtInId(8));
    }

    private static EncounterReport pending() {
        return EncounterReport.order(UUID.randomUUID(), 1, 2, UUID.randomUUID(), NOW.minusSeconds(3600), NOW,
                new byte[] {1, 2, 3}, NOW);
    }
}
