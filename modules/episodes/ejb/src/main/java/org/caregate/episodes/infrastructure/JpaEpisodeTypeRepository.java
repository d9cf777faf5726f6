package org.caregate.episodes.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.episodes.domain.EpisodeType;
import org.caregate.episodes.domain.EpisodeTypeRepository;
import org.caregate.episodes.domain.EpisodeTypeTakenException;
import org.caregate.platform.persistence.Constraints;

/** Episode type catalogues in PostgreSQL; the unique index {@code episode_type_name_taken} settles races. */
@Dependent
public class JpaEpisodeTypeRepository implements EpisodeTypeRepository {

    @PersistenceContext(unitName = "episodes")
    EntityManager em;

    @Override
    public void add(EpisodeType type) {
        Constraints.guard(() -> {
            em.persist(type);
            em.flush();
        }, Map.of("episode_type_name_taken", EpisodeTypeTakenException::new));
    }

    @Override
    public List<EpisodeType> of(long organizationId) {
        return em.createQuery("select t from EpisodeType t where t.organizationId = :organization "
                        + "order by lower(t.name), t.id", EpisodeType.class)
                .setParameter("organization", organizationId).getResultList();
    }

    @Override
    public Optional<EpisodeType> find(long organizationId, long id) {
        return em.createQuery("select t from EpisodeType t where t.organizationId = :organization and t.id = :id",
                EpisodeType.class).setParameter("organization", organizationId).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public void remove(EpisodeType type) {
        em.remove(type);
        em.flush();
    }
}
