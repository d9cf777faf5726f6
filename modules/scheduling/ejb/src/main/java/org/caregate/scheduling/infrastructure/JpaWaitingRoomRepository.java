package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/** Waiting rooms in PostgreSQL. */
@Dependent
public class JpaWaitingRoomRepository implements WaitingRoomRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(WaitingRoom room) {
        em.persist(room);
    }

    @Override
    public Optional<WaitingRoom> find(long organizationId, UUID id) {
        return Optional.ofNullable(em.find(WaitingRoom.class, id)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<WaitingRoom> named(long organizationId, String name) {
        return em.createQuery("SELECT r FROM WaitingRoom r WHERE r.organizationId = :org AND lower(r.name) = lower(:name)",
                WaitingRoom.class).setParameter("org", organizationId).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<WaitingRoom> list(long organizationId) {
        return em.createQuery("SELECT r FROM WaitingRoom r WHERE r.organizationId = :org ORDER BY lower(r.name)",
                WaitingRoom.class).setParameter("org", organizationId).getResultList();
    }
}
