package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caregate.forms.domain.CompletedOnboardingItem;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.OnboardingFlow;
import org.caregate.forms.domain.OnboardingItem;
import org.caregate.forms.domain.OnboardingRepository;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.platform.persistence.Constraints;
import org.caregate.platform.persistence.Like;

/**
 * Onboarding flows, items, group attachments and completed items in PostgreSQL. A group's flow is written with an
 * upsert on its primary key, so two requests attaching the same group at once leave it in exactly one flow.
 */
@Dependent
public class JpaOnboardingRepository implements OnboardingRepository {

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(OnboardingFlow flow) {
        em.persist(flow);
        em.flush();
    }

    @Override
    public void remove(OnboardingFlow flow) {
        em.createQuery("DELETE FROM OnboardingItem i WHERE i.flowId = :flow").setParameter("flow", flow.id())
                .executeUpdate();
        em.remove(flow);
        em.flush();
    }

    @Override
    public Optional<OnboardingFlow> flow(long organizationId, long id) {
        return Optional.ofNullable(em.find(OnboardingFlow.class, id)).filter(f -> f.organizationId() == organizationId);
    }

    @Override
    public Optional<OnboardingFlow> lock(long organizationId, long id) {
        return em.createQuery("SELECT f FROM OnboardingFlow f WHERE f.id = :id AND f.organizationId = :org",
                        OnboardingFlow.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<OnboardingFlow> search(long organizationId, String keywords, TemplateOrder order, int offset,
                                       int limit) {
        StringBuilder jpql = new StringBuilder("SELECT f FROM OnboardingFlow f WHERE f.organizationId = :org");
        if (keywords != null) {
            jpql.append(" AND lower(f.name) LIKE :keywords ESCAPE '\\'");
        }
        String property = order.property().equals("name") ? "lower(f.name)" : "f." + order.property();
        String direction = order.descending() ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(property).append(direction).append(", f.id").append(direction);
        TypedQuery<OnboardingFlow> query = em.createQuery(jpql.toString(), OnboardingFlow.class)
                .setParameter("org", organizationId);
        if (keywords != null) {
            query.setParameter("keywords", "%" + Like.escape(keywords.toLowerCase(Locale.ROOT)) + "%");
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(OnboardingItem item) {
        em.persist(item);
        em.flush();
    }

    @Override
    public void remove(OnboardingItem item) {
        em.remove(item);
        em.flush();
    }

    @Override
    public Optional<OnboardingItem> item(long id) {
        return Optional.ofNullable(em.find(OnboardingItem.class, id));
    }

    @Override
    public List<OnboardingItem> items(long flowId) {
        return em.createQuery("SELECT i FROM OnboardingItem i WHERE i.flowId = :flow ORDER BY i.position, i.id",
                OnboardingItem.class).setParameter("flow", flowId).getResultList();
    }

    @Override
    public Map<Long, String> templateNames(Collection<Long> templateIds) {
        Map<Long, String> names = new HashMap<>();
        if (!templateIds.isEmpty()) {
            em.createQuery("SELECT t FROM FormTemplate t WHERE t.id IN :ids", FormTemplate.class)
                    .setParameter("ids", templateIds).getResultList()
                    .forEach(template -> names.put(template.id(), template.name()));
        }
        return names;
    }

    @Override
    public List<Long> groupsOf(long flowId) {
        return em.createNativeQuery("SELECT user_group_id FROM forms.onboarding_flow_group "
                        + "WHERE onboarding_flow_id = ?1 ORDER BY user_group_id", Long.class)
                .setParameter(1, flowId).getResultList().stream().map(Long.class::cast).toList();
    }

    @Override
    public Map<Long, Long> flowsOf(long organizationId, Collection<Long> groupIds) {
        Map<Long, Long> flows = new HashMap<>();
        if (!groupIds.isEmpty()) {
            List<?> rows = em.createNativeQuery("SELECT user_group_id, onboarding_flow_id FROM forms.onboarding_flow_group "
                            + "WHERE organization_id = :org AND user_group_id IN (:groups)")
                    .setParameter("org", organizationId).setParameter("groups", groupIds).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                flows.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
            }
        }
        return flows;
    }

    @Override
    public void attach(long organizationId, long groupId, long flowId) {
        em.flush();
        em.createNativeQuery("INSERT INTO forms.onboarding_flow_group (user_group_id, organization_id, "
                        + "onboarding_flow_id) VALUES (?1, ?2, ?3) ON CONFLICT (user_group_id) DO UPDATE "
                        + "SET onboarding_flow_id = EXCLUDED.onboarding_flow_id "
                        + "WHERE forms.onboarding_flow_group.organization_id = EXCLUDED.organization_id")
                .setParameter(1, groupId).setParameter(2, organizationId).setParameter(3, flowId).executeUpdate();
    }

    @Override
    public void detach(long organizationId, long groupId) {
        em.createNativeQuery("DELETE FROM forms.onboarding_flow_group WHERE organization_id = ?1 "
                + "AND user_group_id = ?2").setParameter(1, organizationId).setParameter(2, groupId).executeUpdate();
    }

    @Override
    public void moveGroups(long from, long to) {
        em.createNativeQuery("UPDATE forms.onboarding_flow_group SET onboarding_flow_id = ?2 "
                + "WHERE onboarding_flow_id = ?1").setParameter(1, from).setParameter(2, to).executeUpdate();
    }

    @Override
    public void add(CompletedOnboardingItem completed) {
        Constraints.guard(() -> {
            em.persist(completed);
            em.flush();
        }, Map.of("completed_onboarding_item_once", AlreadyRecorded::new));
    }

    @Override
    public Optional<CompletedOnboardingItem> completion(long userId, long itemId) {
        return em.createQuery("SELECT c FROM CompletedOnboardingItem c WHERE c.userId = :user "
                        + "AND c.onboardingItemId = :item", CompletedOnboardingItem.class)
                .setParameter("user", userId).setParameter("item", itemId).getResultStream().findFirst();
    }

    @Override
    public List<CompletedOnboardingItem> completions(long organizationId, long userId) {
        return em.createQuery("SELECT c FROM CompletedOnboardingItem c WHERE c.organizationId = :org "
                        + "AND c.userId = :user ORDER BY c.createdAt, c.id", CompletedOnboardingItem.class)
                .setParameter("org", organizationId).setParameter("user", userId).getResultList();
    }
}
