package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.caregate.visits.domain.Teleconsultation;
import org.caregate.visits.domain.TeleconsultationRepository;

/** Teleconsultation rooms in PostgreSQL ({@code visits.teleconsultation} and its participants). */
@Dependent
public class JpaTeleconsultationRepository implements TeleconsultationRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public void add(Teleconsultation teleconsultation) {
        em.persist(teleconsultation);
    }

    @Override
    public Optional<Teleconsultation> find(long organizationId, UUID id) {
        return Optional.ofNullable(em.find(Teleconsultation.class, id)).filter(t -> t.organizationId() == organizationId);
    }
}
