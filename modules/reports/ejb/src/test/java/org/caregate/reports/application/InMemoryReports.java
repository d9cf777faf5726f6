package org.caregate.reports.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.EncounterReportRepository;
import org.caregate.reports.domain.ReportPreset;
import org.caregate.reports.domain.ReportPresetRepository;

/** The reports context's repositories in memory, for the facade's and the generator's tests. */
final class InMemoryReports {

    final Map<UUID, EncounterReport> reports = new LinkedHashMap<>();
    final Map<UUID, byte[]> files = new LinkedHashMap<>();
    final Map<UUID, ReportPreset> presets = new LinkedHashMap<>();

    final EncounterReportRepository reportRepository = new EncounterReportRepository() {
        @Override
        public void add(EncounterReport report) {
            reports.put(report.id(), report);
        }

        @Override
        public Optional<EncounterReport> report(long organizationId, UUID id) {
            return Optional.ofNullable(reports.get(id)).filter(r -> r.organizationId() == organizationId);
        }

        @Override
        public Optional<EncounterReport> lockForGeneration(UUID id) {
            return Optional.ofNullable(reports.get(id));
        }

        @Override
        public void storeFile(UUID id, byte[] content) {
            files.put(id, content);
        }

        @Override
        public Optional<byte[]> file(UUID id) {
            return Optional.ofNullable(files.get(id));
        }

        @Override
        public int expire(Instant now) {
            return 0;
        }

        @Override
        public List<UUID> pendingSince(Instant before, int limit) {
            return List.of();
        }

        @Override
        public long pendingOf(long organizationId) {
            return reports.values().stream().filter(r -> r.organizationId() == organizationId)
                    .filter(EncounterReport::isPending).count();
        }
    };

    final ReportPresetRepository presetRepository = new ReportPresetRepository() {
        @Override
        public void add(ReportPreset preset) {
            presets.put(preset.id(), preset);
        }

        @Override
        public void save(ReportPreset preset) {
        }

        @Override
        public void remove(ReportPreset preset) {
            presets.remove(preset.id());
        }

        @Override
        public Optional<ReportPreset> preset(long organizationId, UUID id) {
            return Optional.ofNullable(presets.get(id)).filter(p -> p.organizationId() == organizationId);
        }

        @Override
        public List<ReportPreset> presets(long organizationId) {
            return presets.values().stream().filter(p -> p.organizationId() == organizationId).toList();
        }

        @Override
        public long count(long organizationId) {
            return presets(organizationId).size();
        }
    };
}
