package org.caregate.reports.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organizations' stored presets (the built-in ones are not stored). */
public interface ReportPresetRepository {

    /** Adds it; a name the organization already uses (whatever its case) is refused. */
    void add(ReportPreset preset);

    /** Writes a revised preset; a name already used is refused likewise. */
    void save(ReportPreset preset);

    void remove(ReportPreset preset);

    /** The organization's preset; another organization's is as absent as a missing one. */
    Optional<ReportPreset> preset(long organizationId, UUID id);

    /** The organization's presets by name. */
    List<ReportPreset> presets(long organizationId);

    long count(long organizationId);
}
