package org.caregate.forms.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caregate.forms.domain.Folder;
import org.caregate.forms.domain.FolderRepository;

/** Folders in memory, with the folder each document is filed in kept beside them. */
final class InMemoryFolders implements FolderRepository {

    final Map<Long, Folder> rows = new HashMap<>();
    /** Document id to folder id: what {@link #countDocuments} counts. */
    final Map<Long, Long> filed = new HashMap<>();
    int treeLocks;
    private final InMemoryForms forms = new InMemoryForms();

    @Override
    public void add(Folder folder) {
        forms.setId(folder, Folder.class);
        rows.put(folder.id(), folder);
    }

    @Override
    public void remove(Folder folder) {
        rows.remove(folder.id());
    }

    @Override
    public Optional<Folder> find(long organizationId, long id) {
        return Optional.ofNullable(rows.get(id)).filter(f -> f.organizationId() == organizationId);
    }

    @Override
    public void lockTree(long organizationId) {
        treeLocks++;
    }

    @Override
    public List<Folder> search(long organizationId, Long parentId, boolean topOnly, String keywords, int offset,
                               int limit) {
        return rows.values().stream().filter(f -> f.organizationId() == organizationId)
                .filter(f -> parentId != null ? parentId.equals(f.parentId()) : !topOnly || f.parentId() == null)
                .filter(f -> keywords == null || f.name().toLowerCase(Locale.ROOT)
                        .contains(keywords.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing((Folder f) -> f.name().toLowerCase(Locale.ROOT)).thenComparing(Folder::id))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public List<Long> childIds(long organizationId, List<Long> parentIds) {
        List<Long> ids = new ArrayList<>();
        rows.values().stream().filter(f -> f.organizationId() == organizationId && f.parentId() != null
                        && parentIds.contains(f.parentId()))
                .forEach(f -> ids.add(f.id()));
        return ids;
    }

    @Override
    public long countChildren(long organizationId, long id) {
        return childIds(organizationId, List.of(id)).size();
    }

    @Override
    public long countDocuments(long organizationId, long id) {
        return filed.values().stream().filter(folder -> Objects.equals(folder, id)).count();
    }
}
