package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caregate.forms.api.DocumentFacade;
import org.caregate.forms.api.DocumentSearch;
import org.caregate.forms.api.FolderFacade;
import org.caregate.kernel.input.Access;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Folders for documents, in Healthie's style (a Caregate addition: seed 001 only names {@code folder_id} on
 * {@code documents}, {@code createDocument} and {@code updateDocument}): listing, reading, creating, renaming, moving
 * and deleting them, and {@code Document.folder}. Providers and staff only; another organization's folder is not
 * found.
 */
@GraphQLApi
@ApplicationScoped
public class FoldersGraphQlApi {

    @EJB
    FolderFacade folders;

    @EJB
    DocumentFacade documents;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Query("folders")
    @Description("The organization's folders, by name: those in parent_folder_id, or those at the top when it is "
            + "left out; with keywords, any folder whose name holds them (within parent_folder_id when given). Pages "
            + "of 10 with should_paginate. Providers and staff.")
    public List<FolderNode> folders(@Id @Name("parent_folder_id") String parentFolderId,
                                    @Name("keywords") String keywords, @Name("offset") Integer offset,
                                    @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> folders.folders(caller.get(), parentFolderId, keywords, offset,
                Boolean.TRUE.equals(shouldPaginate)).stream().map(FolderNode::of).toList());
    }

    @Query("folder")
    @Description("One of the organization's folders, by id, with how many documents and folders it holds "
            + "(documents_count, folders_count) and those themselves (documents, folders). Providers and staff.")
    public FolderNode folder(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> FolderNode.of(folders.folder(caller.get(), id)));
    }

    @Mutation("createFolder")
    @Description("Creates a folder named name (at most 255 characters), in parent_folder_id or at the top; no folder "
            + "sits more than 10 deep. Providers and staff.")
    public CreateFolderPayload createFolder(@Name("input") CreateFolderInput input) {
        CreateFolderInput in = input != null ? input : new CreateFolderInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new CreateFolderPayload(FolderNode.of(folders.createFolder(caller.get(), in.name,
                    in.parentFolderId)), null);
        }, messages -> new CreateFolderPayload(null, messages));
    }

    @Mutation("updateFolder")
    @Description("Renames a folder (name) or moves it (parent_folder_id; empty moves it to the top), never into "
            + "itself or a folder inside it, nor so that a folder sits more than 10 deep; fields left out stay. "
            + "Providers and staff.")
    public UpdateFolderPayload updateFolder(@Name("input") UpdateFolderInput input) {
        UpdateFolderInput in = input != null ? input : new UpdateFolderInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new UpdateFolderPayload(FolderNode.of(folders.updateFolder(caller.get(), in.id, in.name,
                    in.parentFolderId)), null);
        }, messages -> new UpdateFolderPayload(null, messages));
    }

    @Mutation("deleteFolder")
    @Description("Deletes an empty folder (no documents, no folders in it: move or delete them first); answers with "
            + "the folder as it was. Providers and staff.")
    public DeleteFolderPayload deleteFolder(@Name("input") DeleteFolderInput input) {
        DeleteFolderInput in = input != null ? input : new DeleteFolderInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new DeleteFolderPayload(FolderNode.of(folders.deleteFolder(caller.get(), in.id)), null);
        }, messages -> new DeleteFolderPayload(null, messages));
    }

    @Name("documents")
    @Description("The documents directly in the folder, newest first; pages of 10 with should_paginate.")
    public List<DocumentNode> documents(@Source FolderNode folder, @Name("offset") Integer offset,
                                        @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> documents.documents(caller.get(), new DocumentSearch(null, List.of(),
                folder.id(), null, null, null, null, null, offset, Boolean.TRUE.equals(shouldPaginate))).stream()
                .map(DocumentNode::of).toList());
    }

    @Name("folders")
    @Description("The folders directly in the folder, by name; pages of 10 with should_paginate.")
    public List<FolderNode> folders(@Source FolderNode folder, @Name("offset") Integer offset,
                                    @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> folders.folders(caller.get(), folder.id(), null, offset,
                Boolean.TRUE.equals(shouldPaginate)).stream().map(FolderNode::of).toList());
    }

    @Name("parent_folder")
    @Description("The folder it is in, or null at the top.")
    public List<FolderNode> parentFolder(@Source List<FolderNode> list) {
        return GraphQlErrors.query(() -> byId(list.stream().map(FolderNode::parentFolderId).toList()));
    }

    @Name("owner")
    @Description("Who created the folder.")
    public List<UserNode> owner(@Source List<FolderNode> list) {
        return GraphQlErrors.query(() -> people.of(list, FolderNode::ownerId));
    }

    @Name("folder")
    @Description("The folder the document is filed in, or null (always null for a patient).")
    public List<FolderNode> documentFolder(@Source List<DocumentNode> list) {
        return GraphQlErrors.query(() -> byId(list.stream().map(DocumentNode::folderId).toList()));
    }

    /** The folders the ids name, in their order ({@code null} for none, or for a patient, who sees no folders). */
    private List<FolderNode> byId(List<String> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).map(Long::valueOf).distinct().toList();
        Map<String, FolderNode> found = new HashMap<>();
        if (!wanted.isEmpty() && caller.get().isMember()) {
            folders.foldersWithIds(caller.get(), wanted).forEach(f -> found.put(Long.toString(f.id()),
                    FolderNode.of(f)));
        }
        return ids.stream().map(id -> id == null ? null : found.get(id)).toList();
    }

    /** {@code createFolder(input: createFolderInput)}. */
    @Input("createFolderInput")
    public static class CreateFolderInput {
        @Name("name") public String name;
        @Id @Name("parent_folder_id") public String parentFolderId;
    }

    /** {@code updateFolder(input: updateFolderInput)}. */
    @Input("updateFolderInput")
    public static class UpdateFolderInput {
        @Id @Name("id") public String id;
        @Name("name") public String name;
        @Id @Name("parent_folder_id") public String parentFolderId;
    }

    /** {@code deleteFolder(input: deleteFolderInput)}. */
    @Input("deleteFolderInput")
    public static class DeleteFolderInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createFolder} returns. */
    @Name("createFolderPayload")
    public record CreateFolderPayload(@Name("folder") FolderNode folder,
                                      @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateFolder} returns. */
    @Name("updateFolderPayload")
    public record UpdateFolderPayload(@Name("folder") FolderNode folder,
                                      @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteFolder} returns: the folder as it was. */
    @Name("deleteFolderPayload")
    public record DeleteFolderPayload(@Name("folder") FolderNode folder,
                                      @Name("messages") List<FieldError> messages) {
    }
}
