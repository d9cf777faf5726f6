package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.identity.domain.UserGroupRepository;
import org.caregate.kernel.Role;
import org.caregate.platform.persistence.Like;

/** Patient groups in PostgreSQL. */
@Dependent
public class JpaUserGroupRepository implements UserGroupRepository {

    private static final String PATIENT_COUNT = "(SELECT count(u) FROM User u WHERE u.userGroupId = g.id AND u.active = true)";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public UserGroup add(UserGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }

    @Override
    public Optional<UserGroup> find(long organizationId, long groupId) {
        return Optional.ofNullable(em.find(UserGroup.class, groupId)).filter(g -> g.organizationId() == organizationId);
    }

    @Override
    public Optional<UserGroup> findByInviteCode(String inviteCode) {
        return em.createQuery("SELECT g FROM UserGroup g WHERE g.inviteCode = :code", UserGroup.class)
                .setParameter("code", inviteCode).getResultStream().findFirst();
    }

    @Override
    public List<UserGroup> search(long organizationId, List<String> keywords, Sort sort, int offset, Integer limit) {
        TypedQuery<UserGroup> query = where("SELECT g FROM UserGroup g", organizationId, keywords, order(sort), UserGroup.class);
        query.setFirstResult(offset);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        return query.getResultList();
    }

    @Override
    public long count(long organizationId, List<String> keywords) {
        return where("SELECT count(g) FROM UserGroup g", organizationId, keywords, "", Long.class).getSingleResult();
    }

    @Override
    public Map<Long, Long> patientCounts(List<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT u.userGroupId, count(u) FROM User u WHERE u.userGroupId IN :groups AND u.active = true"
                        + " AND u.role = :patient GROUP BY u.userGroupId", Object[].class)
                .setParameter("groups", groupIds)
                .setParameter("patient", Role.PATIENT)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void movePatients(long from, Long to, Instant now) {
        for (User patient : em.createQuery("SELECT u FROM User u WHERE u.userGroupId = :from", User.class)
                .setParameter("from", from).getResultList()) {
            if (to == null) {
                patient.leaveGroup(now);
            } else {
                patient.joinGroup(to, now);
            }
        }
        em.flush();
    }

    @Override
    public void remove(UserGroup group) {
        em.remove(group);
        em.flush();
    }

    private <T> TypedQuery<T> where(String select, long organizationId, List<String> keywords, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE g.organizationId = :org");
        for (int i = 0; i < keywords.size(); i++) {
            jpql.append(" AND lower(g.name) LIKE :k").append(i).append(" ESCAPE '\\'");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("org", organizationId);
        for (int i = 0; i < keywords.size(); i++) {
            query.setParameter("k" + i, "%" + Like.escape(keywords.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    private static String order(Sort sort) {
        return switch (sort) {
            case NAME, GROUP_NAME_ASC -> " ORDER BY lower(g.name) ASC, g.id ASC";
            case GROUP_NAME_DESC -> " ORDER BY lower(g.name) DESC, g.id DESC";
            case INVITE_CODE -> " ORDER BY g.inviteCode ASC";
            case CREATED_AT_ASC -> " ORDER BY g.createdAt ASC, g.id ASC";
            case CREATED_AT_DESC -> " ORDER BY g.createdAt DESC, g.id DESC";
            case USERS_COUNT_ASC -> " ORDER BY " + PATIENT_COUNT + " ASC, g.id ASC";
            case USERS_COUNT_DESC -> " ORDER BY " + PATIENT_COUNT + " DESC, g.id DESC";
        };
    }
}
