package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caregate.forms.api.DocumentChanges;
import org.caregate.forms.api.DocumentFacade;
import org.caregate.forms.api.DocumentSearch;
import org.caregate.forms.api.Upload;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.DocumentId;
import org.caregate.kernel.id.UserId;
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
 * Healthie's documents (seed 001 "Documents" and "File Uploads"): listing and reading them, uploading one as a
 * multipart {@code file} or a base64 {@code file_string}, sharing it with the patient it is about, renaming and
 * deleting it. The content itself is downloaded from {@code download_url} ({@link DocumentDownloadServlet}).
 */
@GraphQLApi
@ApplicationScoped
public class DocumentsGraphQlApi {

    @EJB
    DocumentFacade documents;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Query("documents")
    @Description("The documents the caller may see: a member their organization's, a patient those they uploaded or "
            + "that are shared with them. keywords in the name; file_type or file_types among pdf, image, video, "
            + "audio, text and other; private_user_id (uploaded by that user, shared with nobody), viewable_user_id "
            + "(uploaded by or shared with that user), consolidated_user_id (about or uploaded by that patient), "
            + "provider_id (uploaded by that member); sort_by created_at_desc (default), created_at_asc, name_asc, "
            + "name_desc, updated_at_desc, updated_at_asc; pages of 10 with should_paginate; folder_id those filed "
            + "directly in that folder (a patient names none). filter and for_template_use change nothing.")
    public List<DocumentNode> documents(@Name("offset") Integer offset, @Name("keywords") String keywords,
                                        @Name("folder_id") String folderId,
                                        @Name("file_types") List<String> fileTypes,
                                        @Name("file_type") String fileType, @Name("sort_by") String sortBy,
                                        @Name("private_user_id") String privateUserId,
                                        @Name("viewable_user_id") String viewableUserId,
                                        @Name("consolidated_user_id") String consolidatedUserId,
                                        @Name("filter") String filter,
                                        @Name("should_paginate") Boolean shouldPaginate,
                                        @Name("for_template_use") Boolean forTemplateUse,
                                        @Id @Name("provider_id") String providerId) {
        return GraphQlErrors.query(() -> {
            Access.requireAuthenticated(caller.get());
            List<String> types = new ArrayList<>(fileTypes == null ? List.of() : fileTypes);
            if (fileType != null) {
                types.add(fileType);
            }
            return documents.documents(caller.get(), new DocumentSearch(keywords, types, folderId,
                    user("private_user_id", privateUserId), user("viewable_user_id", viewableUserId),
                    user("consolidated_user_id", consolidatedUserId), user("provider_id", providerId), sortBy, offset,
                    Boolean.TRUE.equals(shouldPaginate))).stream().map(DocumentNode::of).toList();
        });
    }

    @Query("document")
    @Description("A document the caller may see, by id. course_id, custom_module_id and care_plan_id find nothing "
            + "yet: programs and care plans are not built.")
    public DocumentNode document(@Id @Name("id") String id, @Id @Name("course_id") String courseId,
                                 @Id @Name("custom_module_id") String customModuleId,
                                 @Id @Name("care_plan_id") String carePlanId) {
        return GraphQlErrors.query(() -> {
            Access.requireAuthenticated(caller.get());
            if (blank(id) && !(blank(courseId) && blank(customModuleId) && blank(carePlanId))) {
                throw new NotFoundException("Document");
            }
            return DocumentNode.of(documents.document(caller.get(), DocumentId.parse("id", id)));
        });
    }

    @Mutation("createDocument")
    @Description("Uploads a document: file (multipart, or a base64 data: URL) or file_string (base64), at most "
            + "5 MiB; display_name defaults to the file's name; rel_user_id names the patient it is about and "
            + "share_with_rel shares it with them; folder_id files it in one of the organization's folders. A "
            + "patient's upload goes into their own chart.")
    public CreateDocumentPayload createDocument(@Name("input") CreateDocumentInput input) {
        CreateDocumentInput in = input != null ? input : new CreateDocumentInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireAuthenticated(caller.get());
            Upload upload = in.upload();
            return new CreateDocumentPayload(DocumentNode.of(documents.createDocument(caller.get(),
                    new DocumentChanges(null, in.displayName, user("rel_user_id", in.relUserId), in.shareWithRel,
                            in.folderId), upload)), null);
        }, messages -> new CreateDocumentPayload(null, messages));
    }

    @Mutation("updateDocument")
    @Description("Renames a document (display_name), or relates it to a patient (rel_user_id) and shares it with "
            + "them or stops (share_with_rel), or moves it into a folder (folder_id; empty takes it out of any); "
            + "fields left out stay. Providers and staff.")
    public UpdateDocumentPayload updateDocument(@Name("input") UpdateDocumentInput input) {
        UpdateDocumentInput in = input != null ? input : new UpdateDocumentInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new UpdateDocumentPayload(DocumentNode.of(documents.updateDocument(caller.get(),
                    new DocumentChanges(DocumentId.parse("id", in.id), in.displayName,
                            user("rel_user_id", in.relUserId), in.shareWithRel, in.folderId))), null);
        }, messages -> new UpdateDocumentPayload(null, messages));
    }

    @Mutation("deleteDocument")
    @Description("Deletes a document and its content; answers with the document as it was. Providers and staff.")
    public DeleteDocumentPayload deleteDocument(@Name("input") DeleteDocumentInput input) {
        DeleteDocumentInput in = input != null ? input : new DeleteDocumentInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new DeleteDocumentPayload(DocumentNode.of(documents.deleteDocument(caller.get(),
                    DocumentId.parse("id", in.id))), null);
        }, messages -> new DeleteDocumentPayload(null, messages));
    }

    @Name("owner")
    @Description("Who uploaded the document.")
    public List<UserNode> owner(@Source List<DocumentNode> list) {
        return GraphQlErrors.query(() -> people.of(list, DocumentNode::ownerId));
    }

    @Name("users")
    @Description("Whom the document is shared with: the patient it is about, once shared.")
    public List<List<UserNode>> users(@Source List<DocumentNode> list) {
        return GraphQlErrors.query(() -> {
            Map<Long, UserNode> shared = people.byId(list.stream().flatMap(d -> d.sharedWith().stream()).toList());
            return list.stream().map(d -> d.sharedWith().stream().map(shared::get).filter(p -> p != null).toList())
                    .toList();
        });
    }

    private static UserId user(String field, String raw) {
        return blank(raw) ? null : UserId.parse(field, raw);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** {@code createDocument(input: createDocumentInput)}. */
    @Input("createDocumentInput")
    public static class CreateDocumentInput {
        /** An {@code Upload} in the schema ({@link UploadType}). */
        @Name("file") public String file;
        @Name("file_string") public String fileString;
        @Name("display_name") public String displayName;
        @Name("folder_id") public String folderId;
        @Name("rel_user_id") public String relUserId;
        @Name("share_with_rel") public Boolean shareWithRel;

        /** The file sent, as {@code file} or as {@code file_string} (not both), or {@code null}. */
        Upload upload() {
            boolean asFile = !blank(file);
            if (asFile && fileString != null) {
                throw new InvalidInputException("file_string", "send the file once: as file or as file_string");
            }
            if (asFile) {
                return FileStrings.read("file", file);
            }
            return fileString == null ? null : FileStrings.read("file_string", fileString);
        }
    }

    /** {@code updateDocument(input: updateDocumentInput)}. */
    @Input("updateDocumentInput")
    public static class UpdateDocumentInput {
        @Id @Name("id") public String id;
        @Name("display_name") public String displayName;
        @Name("folder_id") public String folderId;
        @Name("rel_user_id") public String relUserId;
        @Name("share_with_rel") public Boolean shareWithRel;
    }

    /** {@code deleteDocument(input: deleteDocumentInput)}. */
    @Input("deleteDocumentInput")
    public static class DeleteDocumentInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createDocument} returns. */
    @Name("createDocumentPayload")
    public record CreateDocumentPayload(@Name("document") DocumentNode document,
                                        @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateDocument} returns. */
    @Name("updateDocumentPayload")
    public record UpdateDocumentPayload(@Name("document") DocumentNode document,
                                        @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteDocument} returns: the document as it was. */
    @Name("deleteDocumentPayload")
    public record DeleteDocumentPayload(@Name("document") DocumentNode document,
                                        @Name("messages") List<FieldError> messages) {
    }
}
