package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caregate.identity.domain.Location;
import org.caregate.identity.domain.LocationRepository;

/** Users' addresses in PostgreSQL. */
@Dependent
public class JpaLocationRepository implements LocationRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Location add(Location location) {
        em.persist(location);
        em.flush();
        return location;
    }

    @Override
    public Optional<Location> find(long organizationId, long locationId) {
        return Optional.ofNullable(em.find(Location.class, locationId)).filter(l -> l.organizationId() == organizationId);
    }

    @Override
    public Map<Long, List<Location>> ofUsers(long organizationId, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT l FROM Location l WHERE l.organizationId = :org AND l.userId IN :users ORDER BY l.id",
                        Location.class)
                .setParameter("org", organizationId).setParameter("users", userIds).getResultList().stream()
                .collect(Collectors.groupingBy(Location::userId));
    }
}
