package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.MemberSearch;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.identity.domain.UserSearch;
import org.caregate.kernel.Role;
import org.caregate.platform.persistence.Constraints;
import org.caregate.platform.persistence.Like;

/** Users in PostgreSQL; keyword search uses the trigram index over the searchable columns. */
@Dependent
public class JpaUserRepository implements UserRepository {

    /** The unique indexes that stand for the directory's rules (V2 migration). */
    private static final Map<String, Supplier<? extends RuntimeException>> UNIQUE_PLACES = Map.of(
            "app_user_member_email", () -> new AlreadyTaken(AlreadyTaken.Place.MEMBER_EMAIL),
            "app_user_patient_identity", () -> new AlreadyTaken(AlreadyTaken.Place.PATIENT_IDENTITY));

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public User add(User user) {
        Constraints.guard(() -> {
            em.persist(user);
            em.flush();
        }, UNIQUE_PLACES);
        return user;
    }

    @Override
    public Optional<User> find(long organizationId, long userId) {
        return Optional.ofNullable(em.find(User.class, userId))
                .filter(user -> user.organizationId() == organizationId);
    }

    @Override
    public Optional<User> findAnywhere(long userId) {
        return Optional.ofNullable(em.find(User.class, userId));
    }

    @Override
    public Optional<String> passwordHashForUpdate(long userId) {
        return em.createNativeQuery("SELECT password_hash FROM identity.app_user WHERE id = ?1 FOR UPDATE", String.class)
                .setParameter(1, userId).getResultStream().findFirst().map(String.class::cast);
    }

    @Override
    public void rehashPassword(long userId, String formerHash, String newHash) {
        em.createQuery("UPDATE User u SET u.passwordHash = :next WHERE u.id = :id AND u.passwordHash = :former")
                .setParameter("next", newHash).setParameter("id", userId).setParameter("former", formerHash)
                .executeUpdate();
    }

    @Override
    public Optional<User> findForUpdate(long organizationId, long userId) {
        return Optional.ofNullable(em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE))
                .filter(user -> user.organizationId() == organizationId);
    }

    @Override
    public Optional<User> findPatientByMrn(long organizationId, String mrn) {
        return em.createQuery("SELECT u FROM User u WHERE u.organizationId = :org AND u.mrn = :mrn AND u.role = :role "
                        + "ORDER BY u.id", User.class)
                .setParameter("org", organizationId).setParameter("mrn", mrn).setParameter("role", Role.PATIENT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<User> findByExternalId(long organizationId, String externalId) {
        return em.createQuery("SELECT u FROM User u WHERE u.organizationId = :org AND u.externalId = :external", User.class)
                .setParameter("org", organizationId)
                .setParameter("external", externalId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<User> findPatient(long organizationId, String email, PersonName name) {
        // native (ADR 34): Hibernate translated the HQL of this query again at every execution, and the role as a
        // parameter let PostgreSQL's generic plan miss the partial unique index app_user_patient_identity, whose
        // predicate the literals below match: a scan of every patient of the organization at each look-up
        List<?> found = em.createNativeQuery("""
                        SELECT * FROM identity.app_user WHERE organization_id = ?1 AND role = 'PATIENT'
                        AND email IS NOT NULL AND lower(email) = lower(?2) AND lower(first_name) = lower(?3)
                        AND lower(last_name) = lower(?4)""", User.class)
                .setParameter(1, organizationId)
                .setParameter(2, email)
                .setParameter(3, name.first())
                .setParameter(4, name.last())
                .getResultList();
        return found.stream().map(User.class::cast).findFirst();
    }

    @Override
    public List<User> findByEmail(long organizationId, String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.organizationId = :org AND lower(u.email) = lower(:email)"
                        + " ORDER BY u.id", User.class)
                .setParameter("org", organizationId)
                .setParameter("email", email)
                .getResultList();
    }

    @Override
    public List<User> findMembersByEmail(String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.role <> :patient AND lower(u.email) = lower(:email)", User.class)
                .setParameter("patient", Role.PATIENT)
                .setParameter("email", email)
                .getResultList();
    }

    @Override
    public List<User> findActiveMembers(long organizationId) {
        return em.createQuery("SELECT u FROM User u WHERE u.organizationId = :org AND u.role <> :patient AND u.active = true"
                        + " ORDER BY u.id", User.class)
                .setParameter("org", organizationId)
                .setParameter("patient", Role.PATIENT)
                .getResultList();
    }

    @Override
    public List<User> findPatientsByEmail(String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.role = :patient AND lower(u.email) = lower(:email)", User.class)
                .setParameter("patient", Role.PATIENT)
                .setParameter("email", email)
                .getResultList();
    }

    @Override
    public List<User> search(UserSearch search) {
        UserSearch.Sort sort = search.sort();
        String order = " ORDER BY u." + property(sort) + (sort.ascending() ? " ASC" : " DESC") + ", u.id DESC";
        TypedQuery<User> query = where(search, "SELECT u FROM User u", order, User.class);
        query.setFirstResult(search.offset());
        if (search.limit() != null) {
            query.setMaxResults(search.limit());
        }
        return query.getResultList();
    }

    @Override
    public long count(UserSearch search) {
        return where(search, "SELECT count(u) FROM User u", "", Long.class).getSingleResult();
    }

    @Override
    public Optional<Membership> membershipOf(long userId) {
        return Optional.ofNullable(em.find(Membership.class, userId));
    }

    @Override
    public Membership addMembership(Membership membership) {
        em.persist(membership);
        return membership;
    }

    @Override
    public List<Membership> searchMembers(MemberSearch search) {
        StringBuilder jpql = new StringBuilder("SELECT m FROM Membership m, User u WHERE u.id = m.userId"
                + " AND m.organizationId = :org AND u.active = true");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", search.organizationId());
        if (search.licensedState() != null) {
            jpql.append(" AND array_contains(m.licensedStates, :state)");
            parameters.put("state", search.licensedState());
        }
        List<String> terms = search.keywords();
        for (int i = 0; i < terms.size(); i++) {
            jpql.append(" AND (lower(u.firstName) LIKE :k").append(i).append(" ESCAPE '\\'")
                    .append(" OR lower(u.lastName) LIKE :k").append(i).append(" ESCAPE '\\'")
                    .append(" OR lower(u.email) LIKE :k").append(i).append(" ESCAPE '\\')");
            parameters.put("k" + i, "%" + Like.escape(terms.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        jpql.append(switch (search.sort()) {
            case LAST_NAME_ASC -> " ORDER BY lower(u.lastName) ASC, lower(u.firstName) ASC";
            case LAST_NAME_DESC -> " ORDER BY lower(u.lastName) DESC, lower(u.firstName) DESC";
            case FIRST_NAME_ASC -> " ORDER BY lower(u.firstName) ASC, lower(u.lastName) ASC";
            case FIRST_NAME_DESC -> " ORDER BY lower(u.firstName) DESC, lower(u.lastName) DESC";
            case EMAIL -> " ORDER BY lower(u.email) ASC";
            case CREATED_AT_ASC -> " ORDER BY u.createdAt ASC";
            case CREATED_AT_DESC -> " ORDER BY u.createdAt DESC";
            case UPDATED_AT_ASC -> " ORDER BY u.updatedAt ASC";
            case UPDATED_AT_DESC -> " ORDER BY u.updatedAt DESC";
        }).append(", u.id ASC");
        TypedQuery<Membership> query = em.createQuery(jpql.toString(), Membership.class)
                .setFirstResult(search.offset()).setMaxResults(search.limit());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public void removeMembership(Membership membership) {
        em.remove(membership);
    }

    private <T> TypedQuery<T> where(UserSearch search, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE u.organizationId = :org");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", search.organizationId());
        if (search.patientsOnly()) {
            jpql.append(" AND u.role = :patient");
            parameters.put("patient", Role.PATIENT);
        }
        if (search.activeStatus() != null) {
            jpql.append(" AND u.active = :active");
            parameters.put("active", search.activeStatus());
        }
        if (search.groupId() != null) {
            jpql.append(" AND u.userGroupId = :group");
            parameters.put("group", search.groupId());
        }
        if (search.providerId() != null) {
            jpql.append(" AND u.dietitianId = :provider");
            parameters.put("provider", search.providerId());
        }
        List<String> terms = search.keywords();
        for (int i = 0; i < terms.size(); i++) {
            // identity.app_user.search_text: id, names, record identifier, email, dob and NPI, lower case,
            // maintained by a trigger and indexed with trigrams (migrations/V5)
            jpql.append(" AND u.searchText LIKE :term").append(i).append(" ESCAPE '\\'");
            parameters.put("term" + i, "%" + Like.escape(terms.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String property(UserSearch.Sort sort) {
        return switch (sort.property()) {
            case "first_name" -> "firstName";
            case "last_name" -> "lastName";
            case "email" -> "email";
            case "created_at" -> "createdAt";
            case "updated_at" -> "updatedAt";
            default -> throw new IllegalArgumentException("unknown sort " + sort);
        };
    }
}
