package org.caregate.nursing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.nursing.domain.AssistanceRequest;
import org.caregate.nursing.domain.AssistanceRequestRepository;
import org.caregate.platform.persistence.Constraints;

/** Assistance requests in PostgreSQL. */
@Dependent
public class JpaAssistanceRequestRepository implements AssistanceRequestRepository {

    private static final String OPEN = "r.status IN ('incomplete', 'assigned', 'in_progress')";

    @PersistenceContext(unitName = "nursing")
    EntityManager em;

    @Override
    public void add(AssistanceRequest request) {
        Constraints.guard(() -> {
            em.persist(request);
            em.flush();
        }, Map.of("assistance_request_current", () -> new InvalidInputException("care_location",
                "already has an open assistance request")));
    }

    @Override
    public Optional<AssistanceRequest> current(long organizationId, long careLocationId) {
        return em.createQuery("SELECT r FROM AssistanceRequest r WHERE r.organizationId = :org "
                        + "AND r.careLocationId = :location AND " + OPEN, AssistanceRequest.class)
                .setParameter("org", organizationId).setParameter("location", careLocationId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AssistanceRequest> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(AssistanceRequest.class, id)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public Optional<AssistanceRequest> lock(long organizationId, long id) {
        return em.createQuery("SELECT r FROM AssistanceRequest r WHERE r.id = :id AND r.organizationId = :org",
                        AssistanceRequest.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<AssistanceRequest> open(long organizationId, Long facilityLocationId) {
        String jpql = "SELECT r FROM AssistanceRequest r WHERE r.organizationId = :org AND " + OPEN
                + (facilityLocationId == null ? "" : " AND r.careLocationId IN (SELECT c.id FROM CareLocation c "
                + "WHERE c.facilityLocationId = :location)")
                + " ORDER BY r.createdAt, r.id";
        TypedQuery<AssistanceRequest> query = em.createQuery(jpql, AssistanceRequest.class)
                .setParameter("org", organizationId);
        if (facilityLocationId != null) {
            query.setParameter("location", facilityLocationId);
        }
        return query.setMaxResults(QUEUE_LIMIT).getResultList();
    }
}
