package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.User;

/** API keys in PostgreSQL, unique by the hash of their secret. */
@Dependent
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public ApiKey add(ApiKey key) {
        em.persist(key);
        em.flush();
        return key;
    }

    @Override
    public Optional<Presented> findPresented(byte[] secretHash) {
        return em.createQuery("SELECT k, u, m FROM ApiKey k"
                        + " JOIN User u ON u.id = k.userId AND u.organizationId = k.organizationId"
                        + " LEFT JOIN Membership m ON m.userId = u.id WHERE k.secretHash = :hash", Object[].class)
                .setParameter("hash", secretHash)
                // a list, not a stream: outside a transaction the query's persistence context closes with the call
                .getResultList().stream().findFirst()
                .map(row -> new Presented((ApiKey) row[0], (User) row[1], Optional.ofNullable((Membership) row[2])));
    }

    @Override
    public Optional<ApiKey> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id)).filter(k -> k.organizationId() == organizationId);
    }

    @Override
    public List<ApiKey> apiKeysOf(long organizationId, long userId, Long afterId, int limit) {
        TypedQuery<ApiKey> query = em.createQuery("SELECT k FROM ApiKey k WHERE k.organizationId = :org AND k.userId = :user"
                        + " AND k.kind = :kind" + (afterId != null ? " AND k.id < :after" : "") + " ORDER BY k.id DESC",
                        ApiKey.class)
                .setParameter("org", organizationId)
                .setParameter("user", userId)
                .setParameter("kind", ApiKey.Kind.API_KEY)
                .setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    @Override
    public List<ApiKey> liveCredentialsOf(long organizationId, long userId) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.organizationId = :org AND k.userId = :user"
                        + " AND k.revokedAt IS NULL", ApiKey.class)
                .setParameter("org", organizationId)
                .setParameter("user", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
