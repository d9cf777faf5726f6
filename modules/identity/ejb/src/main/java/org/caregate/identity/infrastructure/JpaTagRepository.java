package org.caregate.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.Tag;
import org.caregate.identity.domain.TagRepository;
import org.caregate.platform.persistence.Constraints;

/** Tags in PostgreSQL; a tag's applications live in {@code identity.applied_tag}. */
@Dependent
public class JpaTagRepository implements TagRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Tag add(Tag tag) {
        Constraints.guard(() -> {
            em.persist(tag);
            em.flush();
        }, Map.of("tag_name_per_owner", () -> new AlreadyTaken(AlreadyTaken.Place.TAG_NAME)));
        return tag;
    }

    @Override
    public Optional<Tag> find(long organizationId, long tagId) {
        return Optional.ofNullable(em.find(Tag.class, tagId)).filter(t -> t.organizationId() == organizationId);
    }

    @Override
    public Optional<Tag> findByOwnerAndName(long ownerUserId, String name) {
        return em.createQuery("SELECT t FROM Tag t WHERE t.ownerUserId = :owner AND lower(t.name) = lower(:name)", Tag.class)
                .setParameter("owner", ownerUserId).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Tag> ofOrganization(long organizationId) {
        return em.createQuery("SELECT t FROM Tag t WHERE t.organizationId = :org ORDER BY lower(t.name), t.id", Tag.class)
                .setParameter("org", organizationId).getResultList();
    }

    @Override
    public Map<Long, List<Tag>> appliedTo(long organizationId, List<Long> userIds) {
        Map<Long, List<Tag>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        em.createQuery("SELECT u, t FROM Tag t JOIN t.taggedUserIds u WHERE t.organizationId = :org AND u IN :users"
                        + " ORDER BY lower(t.name), t.id", Object[].class)
                .setParameter("org", organizationId).setParameter("users", userIds)
                .getResultList()
                .forEach(row -> byUser.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Tag) row[1]));
        return byUser;
    }

    @Override
    public void remove(Tag tag) {
        em.remove(tag);
        em.flush();
    }
}
