package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caregate.forms.domain.Folder;
import org.caregate.forms.domain.FolderRepository;
import org.caregate.platform.persistence.Like;

/** Folders in PostgreSQL. */
@Dependent
public class JpaFolderRepository implements FolderRepository {

    /** The advisory-lock space of organizations' folder trees (the first key of {@code pg_advisory_xact_lock}). */
    private static final int FOLDER_TREES = 0x46_4f_4c_44;

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(Folder folder) {
        em.persist(folder);
        em.flush();
    }

    @Override
    public void remove(Folder folder) {
        em.remove(folder);
        em.flush();
    }

    @Override
    public Optional<Folder> find(long organizationId, long id) {
        return Optional.ofNullable(em.find(Folder.class, id)).filter(f -> f.organizationId() == organizationId);
    }

    @Override
    public void lockTree(long organizationId) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:space, hashtext(CAST(:organization AS text)))")
                .setParameter("space", FOLDER_TREES).setParameter("organization", organizationId)
                .getSingleResult();
    }

    @Override
    public List<Folder> search(long organizationId, Long parentId, boolean topOnly, String keywords, int offset,
                               int limit) {
        StringBuilder jpql = new StringBuilder("SELECT f FROM Folder f WHERE f.organizationId = :org");
        if (parentId != null) {
            jpql.append(" AND f.parentId = :parent");
        } else if (topOnly) {
            jpql.append(" AND f.parentId IS NULL");
        }
        if (keywords != null) {
            jpql.append(" AND lower(f.name) LIKE :keywords ESCAPE '\\'");
        }
        jpql.append(" ORDER BY lower(f.name), f.id");
        TypedQuery<Folder> query = em.createQuery(jpql.toString(), Folder.class)
                .setParameter("org", organizationId);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        if (keywords != null) {
            query.setParameter("keywords", "%" + Like.escape(keywords.toLowerCase(Locale.ROOT)) + "%");
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> childIds(long organizationId, List<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f.id FROM Folder f WHERE f.organizationId = :org AND f.parentId IN :parents",
                        Long.class).setParameter("org", organizationId).setParameter("parents", parentIds)
                .getResultList();
    }

    @Override
    public long countChildren(long organizationId, long id) {
        return em.createQuery("SELECT COUNT(f) FROM Folder f WHERE f.organizationId = :org AND f.parentId = :id",
                Long.class).setParameter("org", organizationId).setParameter("id", id).getSingleResult();
    }

    @Override
    public long countDocuments(long organizationId, long id) {
        return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.organizationId = :org AND d.folderId = :id",
                Long.class).setParameter("org", organizationId).setParameter("id", id).getSingleResult();
    }
}
