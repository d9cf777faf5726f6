package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.TemplateCategory;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.platform.persistence.Like;

/** Form templates in PostgreSQL. */
@Dependent
public class JpaFormTemplateRepository implements FormTemplateRepository {

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(FormTemplate template) {
        em.persist(template);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(FormTemplate template) {
        em.remove(template);
        em.flush();
    }

    @Override
    public Optional<FormTemplate> find(long organizationId, long id) {
        return find(id).filter(t -> t.organizationId() == organizationId);
    }

    @Override
    public Optional<FormTemplate> lock(long organizationId, long id) {
        return em.createQuery("SELECT t FROM FormTemplate t WHERE t.id = :id AND t.organizationId = :org",
                        FormTemplate.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<FormTemplate> share(long organizationId, long id) {
        return em.createQuery("SELECT t FROM FormTemplate t WHERE t.id = :id AND t.organizationId = :org",
                        FormTemplate.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultStream().findFirst();
    }

    @Override
    public Optional<FormTemplate> find(long id) {
        return Optional.ofNullable(em.find(FormTemplate.class, id));
    }

    @Override
    public Optional<FormTemplate> holding(long organizationId, long questionId) {
        return em.createQuery("SELECT t FROM FormTemplate t JOIN t.questions q WHERE q.id = :question "
                        + "AND t.organizationId = :org", FormTemplate.class)
                .setParameter("question", questionId).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<FormTemplate> named(long organizationId, String name) {
        return em.createQuery("SELECT t FROM FormTemplate t WHERE t.organizationId = :org AND t.name = :name "
                        + "AND t.archived = FALSE AND t.useForCharting = TRUE ORDER BY t.id", FormTemplate.class)
                .setParameter("org", organizationId).setParameter("name", name).setMaxResults(2).getResultList();
    }

    @Override
    public List<FormTemplate> search(long organizationId, boolean archived, TemplateCategory category, String keywords,
                                     TemplateOrder order, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM FormTemplate t WHERE t.organizationId = :org "
                + "AND t.archived = :archived");
        if (category != null) {
            jpql.append(" AND t.").append(category.property()).append(" = TRUE");
        }
        if (keywords != null) {
            jpql.append(" AND lower(t.name) LIKE :keywords ESCAPE '\\'");
        }
        String property = order.property().equals("name") ? "lower(t.name)" : "t." + order.property();
        String direction = order.descending() ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(property).append(direction).append(", t.id").append(direction);
        TypedQuery<FormTemplate> query = em.createQuery(jpql.toString(), FormTemplate.class)
                .setParameter("org", organizationId).setParameter("archived", archived);
        if (keywords != null) {
            query.setParameter("keywords", "%" + Like.escape(keywords.toLowerCase(Locale.ROOT)) + "%");
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
