package org.caregate.episodes.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.episodes.domain.Episode;
import org.caregate.episodes.domain.EpisodeRepository;

/** Episodes of care in PostgreSQL. */
@Dependent
public class JpaEpisodeRepository implements EpisodeRepository {

    private static final String BY_ID = "select e from Episode e where e.organizationId = :organization and e.id = :id";

    @PersistenceContext(unitName = "episodes")
    EntityManager em;

    @Override
    public void add(Episode episode) {
        em.persist(episode);
        em.flush();
    }

    @Override
    public Optional<Episode> find(long organizationId, UUID id) {
        return em.createQuery(BY_ID, Episode.class).setParameter("organization", organizationId)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Episode> lock(long organizationId, UUID id) {
        return em.createQuery(BY_ID, Episode.class).setParameter("organization", organizationId)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Episode> ofPatient(long organizationId, long patientId, int limit) {
        return em.createQuery("select e from Episode e where e.organizationId = :organization "
                        + "and e.patientId = :patient order by e.from, e.createdAt, e.id", Episode.class)
                .setParameter("organization", organizationId).setParameter("patient", patientId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
