package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.domain.PatientPublicIds;
import org.caregate.platform.persistence.AdvisoryLocks;

/** Public patient ids in {@code identity.patient_public_id}; the MRN lock is a transaction-scoped advisory lock. */
@Dependent
public class JpaPatientPublicIds implements PatientPublicIds {

    /** The advisory-lock space of patients by MRN (the first key of {@code pg_advisory_xact_lock}): "MRN!". */
    private static final int PATIENTS_BY_MRN = 0x4d_52_4e_21;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void lockMrn(long organizationId, String mrn) {
        AdvisoryLocks.lockForTransaction(em, PATIENTS_BY_MRN, organizationId + ":" + mrn);
    }

    @Override
    public UUID publicIdOf(long organizationId, long userId) {
        em.flush(); // a patient registered in this transaction is written before its id refers to it
        em.createNativeQuery("INSERT INTO identity.patient_public_id (user_id, organization_id, public_id) "
                        + "VALUES (:user, :org, :id) ON CONFLICT (user_id) DO NOTHING")
                .setParameter("user", userId).setParameter("org", organizationId).setParameter("id", UUID.randomUUID())
                .executeUpdate();
        return (UUID) em.createNativeQuery("SELECT public_id FROM identity.patient_public_id WHERE user_id = :user "
                        + "AND organization_id = :org").setParameter("user", userId).setParameter("org", organizationId)
                .getSingleResult();
    }

    @Override
    public Optional<Long> patientWithPublicId(long organizationId, UUID publicId) {
        return em.createNativeQuery("SELECT user_id FROM identity.patient_public_id WHERE public_id = :id "
                        + "AND organization_id = :org").setParameter("id", publicId).setParameter("org", organizationId)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }
}
