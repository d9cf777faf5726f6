package org.caregate.reports.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.reports.domain.ReportPreset;
import org.caregate.reports.domain.ReportPresetRepository;

/** The columns a preset of an organization chooses: the built-in preset's are every column. */
final class PresetColumns {

    private PresetColumns() {
    }

    /**
     * The preset's columns (those still among the visits CSV's), or empty when the organization has no such preset —
     * another organization's included.
     */
    static Optional<List<String>> of(ReportPresetRepository presets, long organizationId, UUID presetId) {
        if (presetId.equals(ReportPreset.builtInId(organizationId))) {
            return Optional.of(VisitColumns.ALL);
        }
        return presets.preset(organizationId, presetId)
                .map(preset -> preset.columns().stream().filter(VisitColumns::exists).toList())
                .filter(names -> !names.isEmpty());
    }
}
