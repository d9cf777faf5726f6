package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.scheduling.domain.Availability;
import org.caregate.scheduling.domain.AvailabilityRepository;

/** Open hours in PostgreSQL. */
@Dependent
public class JpaAvailabilityRepository implements AvailabilityRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(Availability availability) {
        em.persist(availability);
    }

    @Override
    public Optional<Availability> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(Availability.class, id)).filter(a -> a.organizationId() == organizationId);
    }

    @Override
    public void remove(Availability availability) {
        em.remove(availability);
    }

    @Override
    public List<Availability> ofProviders(Collection<Long> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        // native with one array parameter: Hibernate translates a query with an IN list at every execution (ADR 34)
        List<?> found = em.createNativeQuery("SELECT * FROM scheduling.availability WHERE provider_id = ANY(?1)"
                + " ORDER BY provider_id, range_start, id", Availability.class)
                .setParameter(1, providerIds.toArray(Long[]::new)).getResultList();
        return found.stream().map(Availability.class::cast).toList();
    }
}
