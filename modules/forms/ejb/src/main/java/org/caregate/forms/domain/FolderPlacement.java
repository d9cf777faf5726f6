package org.caregate.forms.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a folder may go: into a folder of its own organization, never into itself or a folder inside it (a cycle),
 * and never so that a folder ends up more than {@link #MOST_DEPTH} deep (a top-level folder is 1 deep).
 */
public final class FolderPlacement {

    /** The deepest a folder may sit: a top-level folder and nine more levels. */
    public static final int MOST_DEPTH = 10;

    private final FolderRepository folders;
    private final long organizationId;

    public FolderPlacement(FolderRepository folders, long organizationId) {
        this.folders = folders;
        this.organizationId = organizationId;
    }

    /** Why a folder (new when {@code folderId} is {@code null}) may not go into {@code parentId}, if it may not. */
    public Optional<String> refusal(Long folderId, Long parentId) {
        if (parentId == null) {
            return folderId == null ? Optional.empty() : tooDeep(0, height(folderId));
        }
        List<Long> chain = new ArrayList<>();
        Long at = parentId;
        while (at != null) {
            if (at.equals(folderId)) {
                return Optional.of("can't be the folder itself or a folder inside it");
            }
            if (chain.contains(at) || chain.size() > MOST_DEPTH) {
                return Optional.of("is too deep (at most " + MOST_DEPTH + " levels)");
            }
            chain.add(at);
            Folder folder = folders.find(organizationId, at).orElse(null);
            at = folder == null ? null : folder.parentId();
        }
        return tooDeep(chain.size(), folderId == null ? 1 : height(folderId));
    }

    private static Optional<String> tooDeep(int parentDepth, int height) {
        return parentDepth + height > MOST_DEPTH
                ? Optional.of("is too deep (at most " + MOST_DEPTH + " levels)") : Optional.empty();
    }

    /** How many levels the folder and those inside it span (1 for an empty one), counted no further than needed. */
    private int height(long folderId) {
        int height = 1;
        Set<Long> seen = new HashSet<>(List.of(folderId));
        List<Long> level = List.of(folderId);
        while (height <= MOST_DEPTH) {
            List<Long> next = folders.childIds(organizationId, level).stream().filter(seen::add).toList();
            if (next.isEmpty()) {
                return height;
            }
            height++;
            level = next;
        }
        return height;
    }
}
