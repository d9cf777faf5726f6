package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caregate.forms.domain.Document;
import org.caregate.forms.domain.DocumentCriteria;
import org.caregate.forms.domain.DocumentOrder;
import org.caregate.forms.domain.DocumentRepository;
import org.caregate.platform.persistence.Like;

/** Documents in PostgreSQL (their content is {@link JdbcDocumentFiles}'). */
@Dependent
public class JpaDocumentRepository implements DocumentRepository {

    /** The content types of each family but {@code other}, as JPQL over {@code d.contentType}. */
    private static final Map<String, String> FAMILIES = Map.of(
            "pdf", "d.contentType = 'application/pdf'",
            "image", "d.contentType LIKE 'image/%'",
            "video", "d.contentType LIKE 'video/%'",
            "audio", "d.contentType LIKE 'audio/%'",
            "text", "d.contentType LIKE 'text/%'");

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(Document document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public void remove(Document document) {
        em.remove(document);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Document> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(Document.class, id)).filter(d -> d.organizationId() == organizationId);
    }

    @Override
    public Optional<Document> lock(long organizationId, long id) {
        return em.createQuery("SELECT d FROM Document d WHERE d.id = :id AND d.organizationId = :org", Document.class)
                .setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Document> search(long organizationId, DocumentCriteria criteria, DocumentOrder order, int offset,
                                 int limit) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM Document d WHERE d.organizationId = :org");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", organizationId);
        if (criteria.keywords() != null) {
            jpql.append(" AND lower(d.displayName) LIKE :keywords ESCAPE '\\'");
            parameters.put("keywords", "%" + Like.escape(criteria.keywords().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!criteria.contentTypes().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String family : criteria.contentTypes()) {
                any.add(family.equals("other") ? "NOT (" + String.join(" OR ", FAMILIES.values()) + ")"
                        : FAMILIES.get(family));
            }
            jpql.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        if (criteria.privateTo() != null) {
            jpql.append(" AND d.ownerUserId = :private AND d.sharedWithRel = FALSE");
            parameters.put("private", criteria.privateTo());
        }
        if (criteria.viewableBy() != null) {
            jpql.append(" AND (d.ownerUserId = :viewer OR (d.relUserId = :viewer AND d.sharedWithRel = TRUE))");
            parameters.put("viewer", criteria.viewableBy());
        }
        if (criteria.chartOf() != null) {
            jpql.append(" AND (d.relUserId = :chart OR d.ownerUserId = :chart)");
            parameters.put("chart", criteria.chartOf());
        }
        if (criteria.uploadedBy() != null) {
            jpql.append(" AND d.ownerUserId = :uploader");
            parameters.put("uploader", criteria.uploadedBy());
        }
        if (criteria.folder() != null) {
            jpql.append(" AND d.folderId = :folder");
            parameters.put("folder", criteria.folder());
        }
        String property = order.property().equals("displayName") ? "lower(d.displayName)" : "d." + order.property();
        String direction = order.descending() ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(property).append(direction).append(", d.id").append(direction);
        TypedQuery<Document> query = em.createQuery(jpql.toString(), Document.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
