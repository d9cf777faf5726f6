package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;

/** Organizations in PostgreSQL. */
@Dependent
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Organization add(Organization organization) {
        em.persist(organization);
        em.flush();
        return organization;
    }

    @Override
    public Optional<Organization> find(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT count(o) FROM Organization o", Long.class).getSingleResult() == 0;
    }
}
