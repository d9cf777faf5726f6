package org.caregate.web.forms;

import java.util.List;
import org.caregate.forms.api.DocumentView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code Document}. {@code owner} and {@code users} are resolved for a whole list at once
 * ({@link DocumentsGraphQlApi}), {@code folder} too ({@link FoldersGraphQlApi}); {@code download_url},
 * {@code file_size} (bytes), {@code rel_user_id} and {@code share_with_rel} are Caregate's.
 */
@Name("Document")
public record DocumentNode(@Id @Name("id") String id, @Name("display_name") String displayName,
                           @Name("file_content_type") String fileContentType, @Name("file_size") int fileSize,
                           @Id @Name("rel_user_id") String relUserId, @Name("share_with_rel") boolean shareWithRel,
                           @Id @Name("folder_id") String folderId,
                           @Name("created_at") String createdAt, @Name("updated_at") String updatedAt,
                           @Name("download_url") String downloadUrl, @Name("opens") List<DocumentOpenNode> opens,
                           @Ignore long ownerId, @Ignore List<Long> sharedWith) {

    static DocumentNode of(DocumentView document) {
        return new DocumentNode(Long.toString(document.id()), document.displayName(), document.contentType(),
                Math.toIntExact(document.size()), document.relUserId() == null ? null : document.relUserId().toString(),
                document.sharedWithRel(), document.folderId() == null ? null : document.folderId().toString(),
                document.createdAt().toString(), document.updatedAt().toString(),
                DocumentDownloadServlet.path(document.id()), document.opens().stream().map(DocumentOpenNode::of).toList(),
                document.ownerId(), document.sharedWith());
    }

    /** One download of the document: who and when. */
    @Name("DocumentOpen")
    public record DocumentOpenNode(@Id @Name("id") String id, @Id @Name("user_id") String userId,
                                   @Name("created_at") String createdAt) {

        static DocumentOpenNode of(DocumentView.OpenView open) {
            return new DocumentOpenNode(Long.toString(open.id()), Long.toString(open.userId()),
                    open.openedAt().toString());
        }
    }
}
