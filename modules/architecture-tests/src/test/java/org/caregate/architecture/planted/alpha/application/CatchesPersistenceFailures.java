package org.caregate.architecture.planted.alpha.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Planted: reads any persistence failure as a business refusal. */
public class CatchesPersistenceFailures {

    public boolean add(EntityManager entities, Object entity) {
        try {
            entities.persist(entity);
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
