package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caregate.visits.domain.LinkingSecretRepository;

/** Context-linking secrets in PostgreSQL ({@code visits.context_linking_secret}, a plain table without an entity). */
@Dependent
public class JpaLinkingSecretRepository implements LinkingSecretRepository {

    @PersistenceContext(unitName = "visits")
    EntityManager em;

    @Override
    public Map<Long, String> all() {
        Map<Long, String> secrets = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT organization_id, secret FROM visits.context_linking_secret"
                + " ORDER BY organization_id").getResultList()) {
            Object[] columns = (Object[]) row;
            secrets.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return secrets;
    }

    @Override
    public void save(long organizationId, String secret) {
        em.createNativeQuery("INSERT INTO visits.context_linking_secret (organization_id, secret) VALUES (?1, ?2)"
                        + " ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret, updated_at = now()")
                .setParameter(1, organizationId).setParameter(2, secret).executeUpdate();
    }
}
