package org.caregate.reports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Encounter reports and their files. */
public interface EncounterReportRepository {

    void add(EncounterReport report);

    /** The organization's report; another organization's is as absent as a missing one. */
    Optional<EncounterReport> report(long organizationId, UUID id);

    /** The report locked for its generation (one generation at a time), whatever its organization. */
    Optional<EncounterReport> lockForGeneration(UUID id);

    /** Stores the completed report's file beside it. */
    void storeFile(UUID id, byte[] content);

    /** The completed report's file, if it is still kept. */
    Optional<byte[]> file(UUID id);

    /** Marks completed reports past their expiry as expired and removes their files; answers how many. */
    int expire(Instant now);

    /** Reports still pending that were ordered before {@code before}, oldest first, at most {@code limit}. */
    List<UUID> pendingSince(Instant before, int limit);

    /** How many of the organization's reports are still pending. */
    long pendingOf(long organizationId);
}
