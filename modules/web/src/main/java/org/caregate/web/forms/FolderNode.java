package org.caregate.web.forms;

import org.caregate.forms.api.FolderView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code Folder} (a Caregate addition around the seed's {@code folder_id}). {@code owner},
 * {@code parent_folder}, {@code documents} and {@code folders} are resolved by {@link FoldersGraphQlApi}.
 */
@Name("Folder")
public record FolderNode(@Id @Name("id") String id, @Name("name") String name,
                         @Id @Name("parent_folder_id") String parentFolderId,
                         @Name("created_at") String createdAt, @Name("updated_at") String updatedAt,
                         @Name("documents_count") int documentsCount, @Name("folders_count") int foldersCount,
                         @Ignore long ownerId) {

    static FolderNode of(FolderView folder) {
        return new FolderNode(Long.toString(folder.id()), folder.name(),
                folder.parentFolderId() == null ? null : folder.parentFolderId().toString(),
                folder.createdAt().toString(), folder.updatedAt().toString(),
                Math.toIntExact(folder.documentCount()), Math.toIntExact(folder.folderCount()), folder.ownerId());
    }
}
