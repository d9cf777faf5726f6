package org.caregate.billing.infrastructure.claims;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caregate.billing.domain.claims.AcceptedInsurancePlan;
import org.caregate.billing.domain.claims.InsurancePlan;
import org.caregate.billing.domain.claims.InsurancePlanRepository;

/**
 * The plan catalogue and accepted plans in PostgreSQL. Accepting is an insert that ignores a plan accepted already
 * (the unique key of organization and plan), so two requests accepting the same plan at once leave one row.
 */
@Dependent
public class JpaInsurancePlanRepository implements InsurancePlanRepository {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Override
    public List<InsurancePlan> catalogue() {
        return em.createQuery("SELECT p FROM InsurancePlan p ORDER BY p.payerName, p.id", InsurancePlan.class)
                .getResultList();
    }

    @Override
    public List<InsurancePlan> plans(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM InsurancePlan p WHERE p.id IN :ids", InsurancePlan.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Set<Long> acceptedPlanIds(long organizationId) {
        return new HashSet<>(em.createQuery("SELECT a.insurancePlanId FROM AcceptedInsurancePlan a "
                + "WHERE a.organizationId = :o", Long.class).setParameter("o", organizationId).getResultList());
    }

    @Override
    public List<AcceptedInsurancePlan> accept(long organizationId, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        for (Long plan : planIds) {
            em.createNativeQuery("INSERT INTO billing.accepted_insurance_plan (organization_id, insurance_plan_id, "
                            + "created_at) VALUES (?1, ?2, ?3) ON CONFLICT ON CONSTRAINT accepted_insurance_plan_once "
                            + "DO NOTHING")
                    .setParameter(1, organizationId).setParameter(2, plan)
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        }
        return em.createQuery("SELECT a FROM AcceptedInsurancePlan a WHERE a.organizationId = :o "
                        + "AND a.insurancePlanId IN :plans ORDER BY a.id", AcceptedInsurancePlan.class)
                .setParameter("o", organizationId).setParameter("plans", planIds).getResultList();
    }

    @Override
    public Optional<AcceptedInsurancePlan> accepted(long organizationId, long id) {
        return Optional.ofNullable(em.find(AcceptedInsurancePlan.class, id))
                .filter(a -> a.organizationId() == organizationId);
    }

    @Override
    public void remove(AcceptedInsurancePlan accepted) {
        em.remove(accepted);
    }
}
