package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.caregate.scheduling.domain.CreditSourceLedger;

/**
 * The credit sources and the increment in PostgreSQL: both are single statements with {@code ON CONFLICT}, so two
 * grants of one source racing add once, and two sources racing for one patient's first credits both count.
 */
@Dependent
public class JpaCreditSourceLedger implements CreditSourceLedger {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public boolean record(long organizationId, String source, long appointmentTypeId, long userId, int quantity,
                          Instant now) {
        return em.createNativeQuery("INSERT INTO scheduling.credit_source (organization_id, source, appointment_type_id, "
                        + "user_id, quantity, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, organizationId).setParameter(2, source).setParameter(3, appointmentTypeId)
                .setParameter(4, userId).setParameter(5, quantity).setParameter(6, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @Override
    public void increment(long organizationId, long userId, long appointmentTypeId, int quantity) {
        em.flush();
        em.createNativeQuery("INSERT INTO scheduling.appointment_type_credit (organization_id, user_id, "
                        + "appointment_type_id, total_credits) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (user_id, appointment_type_id) "
                        + "DO UPDATE SET total_credits = scheduling.appointment_type_credit.total_credits + excluded.total_credits")
                .setParameter(1, organizationId).setParameter(2, userId).setParameter(3, appointmentTypeId)
                .setParameter(4, quantity).executeUpdate();
        em.clear();
    }
}
