package org.caregate.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL's transaction-scoped advisory locks, for rules about rows that do not exist yet ("one per patient in 24
 * hours"): a lock per (space, key), held until the transaction ends. Each user picks its own space (the first key of
 * {@code pg_advisory_xact_lock}, four ASCII letters by convention) so that keys of different uses never meet.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Waits until no other transaction holds the lock on {@code key} in {@code space}, then holds it. */
    public static void lockForTransaction(EntityManager em, int space, String key) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:space, hashtext(CAST(:key AS text)))")
                .setParameter("space", space).setParameter("key", key).getSingleResult();
    }
}
