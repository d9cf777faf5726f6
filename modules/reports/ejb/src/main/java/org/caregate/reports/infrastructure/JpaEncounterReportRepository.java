package org.caregate.reports.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.reports.domain.EncounterReport;
import org.caregate.reports.domain.EncounterReportRepository;

/** Encounter reports in PostgreSQL; the file is a {@code bytea} column read and written apart from the entity. */
@Dependent
public class JpaEncounterReportRepository implements EncounterReportRepository {

    @PersistenceContext(unitName = "reports")
    EntityManager em;

    @Override
    public void add(EncounterReport report) {
        em.persist(report);
        em.flush();
    }

    @Override
    public Optional<EncounterReport> report(long organizationId, UUID id) {
        return Optional.ofNullable(em.find(EncounterReport.class, id)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<EncounterReport> lockForGeneration(UUID id) {
        return Optional.ofNullable(em.find(EncounterReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void storeFile(UUID id, byte[] content) {
        em.flush(); // the status first: a file belongs to a completed report only (a CHECK constraint)
        em.createNativeQuery("UPDATE reports.encounter_report SET content = ?1 WHERE id = ?2")
                .setParameter(1, content).setParameter(2, id).executeUpdate();
    }

    @Override
    public Optional<byte[]> file(UUID id) {
        List<?> found = em.createNativeQuery("SELECT content FROM reports.encounter_report WHERE id = ?1 "
                + "AND status = 'completed' AND content IS NOT NULL").setParameter(1, id).getResultList();
        return found.stream().findFirst().map(byte[].class::cast);
    }

    @Override
    public int expire(Instant now) {
        return em.createNativeQuery("UPDATE reports.encounter_report SET status = 'expired', content = NULL "
                        + "WHERE status = 'completed' AND expires_at <= ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public List<UUID> pendingSince(Instant before, int limit) {
        return em.createQuery("SELECT r.id FROM EncounterReport r WHERE r.status = 'pending' AND r.createdAt < :before "
                        + "ORDER BY r.createdAt", UUID.class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    @Override
    public long pendingOf(long organizationId) {
        return em.createQuery("SELECT count(r) FROM EncounterReport r WHERE r.status = 'pending' "
                        + "AND r.organizationId = :organization", Long.class)
                .setParameter("organization", organizationId).getSingleResult();
    }
}
