package org.caregate.reports.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.platform.persistence.Constraints;
import org.caregate.reports.domain.ReportPreset;
import org.caregate.reports.domain.ReportPresetRepository;

/** Report presets in PostgreSQL; a name is unique in its organization whatever its case (a named index). */
@Dependent
public class JpaReportPresetRepository implements ReportPresetRepository {

    private static final Map<String, Supplier<? extends RuntimeException>> REFUSALS = Map.of(
            "report_preset_name", () -> new InvalidInputException("name", "has already been taken"));

    @PersistenceContext(unitName = "reports")
    EntityManager em;

    @Override
    public void add(ReportPreset preset) {
        Constraints.guard(() -> {
            em.persist(preset);
            em.flush();
        }, REFUSALS);
    }

    @Override
    public void save(ReportPreset preset) {
        Constraints.guard(em::flush, REFUSALS);
    }

    @Override
    public void remove(ReportPreset preset) {
        em.remove(preset);
        em.flush();
    }

    @Override
    public Optional<ReportPreset> preset(long organizationId, UUID id) {
        return Optional.ofNullable(em.find(ReportPreset.class, id)).filter(p -> p.organizationId() == organizationId);
    }

    @Override
    public List<ReportPreset> presets(long organizationId) {
        return em.createQuery("SELECT p FROM ReportPreset p WHERE p.organizationId = :org ORDER BY lower(p.name), p.id",
                ReportPreset.class).setParameter("org", organizationId).getResultList();
    }

    @Override
    public long count(long organizationId) {
        return em.createQuery("SELECT count(p) FROM ReportPreset p WHERE p.organizationId = :org", Long.class)
                .setParameter("org", organizationId).getSingleResult();
    }
}
