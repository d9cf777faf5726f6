package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.PartnerVideoRoomRepository;

/** Partner video rooms in PostgreSQL ({@code visits.partner_video_room}). */
@Dependent
public class JpaPartnerVideoRoomRepository implements PartnerVideoRoomRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public void add(PartnerVideoRoom room) {
        em.persist(room);
    }

    @Override
    public Optional<PartnerVideoRoom> find(long organizationId, UUID uid) {
        return Optional.ofNullable(em.find(PartnerVideoRoom.class, uid)).filter(r -> r.organizationId() == organizationId);
    }
}
