package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.TagFacade;
import org.caregate.identity.api.TagView;
import org.caregate.kernel.id.TagId;
import org.caregate.kernel.input.Access;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Healthie's Tags (seed 001 "Tags"): unique per owning member, applied to any number of users. */
@GraphQLApi
@ApplicationScoped
public class TagGraphQlApi {

    @EJB
    TagFacade tags;

    @EJB
    IdentityFacade identity;

    @Inject
    CurrentCaller caller;

    @Mutation("createTag")
    @Description("Creates a tag owned by the caller (a second tag of the same name fails), optionally applied to a user.")
    public TagPayload createTag(@Name("input") CreateTagInput input) {
        CreateTagInput in = input != null ? input : new CreateTagInput();
        return GraphQlErrors.mutation(() -> TagPayload.of(tags.createTag(caller.get(), in.name, in.taggableUserId)),
                TagPayload::refused);
    }

    @Mutation("updateTag")
    @Description("Renames a tag.")
    public TagPayload updateTag(@Name("input") UpdateTagInput input) {
        UpdateTagInput in = input != null ? input : new UpdateTagInput();
        return GraphQlErrors.mutation(() -> TagPayload.of(tags.updateTag(caller.get(), tagId(in.id), in.name)),
                TagPayload::refused);
    }

    @Mutation("deleteTag")
    @Description("Deletes a tag permanently; the tagged users stay.")
    public TagPayload deleteTag(@Name("input") TagIdInput input) {
        TagIdInput in = input != null ? input : new TagIdInput();
        return GraphQlErrors.mutation(() -> TagPayload.of(tags.deleteTag(caller.get(), tagId(in.id))), TagPayload::refused);
    }

    @Query("tags")
    @Description("Every tag of the caller's organization.")
    public List<TagNode> tags() {
        return GraphQlErrors.query(() -> tags.tags(caller.get()).stream().map(TagNode::of).toList());
    }

    @Mutation("bulkApply")
    @Description("Applies existing tags to one user.")
    public BulkApplyPayload bulkApply(@Name("input") BulkApplyInput input) {
        BulkApplyInput in = input != null ? input : new BulkApplyInput();
        return GraphQlErrors.mutation(() -> new BulkApplyPayload(tags.bulkApply(caller.get(), in.ids, in.taggableUserId)
                .stream().map(TagNode::of).toList(), null), messages -> new BulkApplyPayload(null, messages));
    }

    @Mutation("removeAppliedTag")
    @Description("Removes a tag from a user.")
    public TagPayload removeAppliedTag(@Name("input") RemoveAppliedTagInput input) {
        RemoveAppliedTagInput in = input != null ? input : new RemoveAppliedTagInput();
        return GraphQlErrors.mutation(() -> TagPayload.of(tags.removeAppliedTag(caller.get(), tagId(in.id),
                in.taggableUserId)),
                TagPayload::refused);
    }

    /**
     * The tag id in {@code id}, read once the caller is known to be staff: as the use case refuses, a patient hears
     * that only providers and staff may, before anything about the id.
     */
    private TagId tagId(String id) {
        Access.requireMember(caller.get());
        return TagId.parse("id", id);
    }

    @Name("tagged_users")
    @Description("The users the tag is applied to.")
    public List<UserNode> taggedUsers(@Source TagNode tag) {
        return GraphQlErrors.query(() -> identity.usersWithIds(caller.get(), tag.taggedUserIds()).stream()
                .map(UserNode::of).toList());
    }

    @Name("user")
    @Description("The member who owns the tag.")
    public UserNode owner(@Source TagNode tag) {
        return GraphQlErrors.query(() -> identity.usersWithIds(caller.get(), List.of(tag.ownerUserId())).stream()
                .map(UserNode::of).findFirst().orElse(null));
    }

    /** {@code createTag(input: createTagInput)}. */
    @Input("createTagInput")
    public static class CreateTagInput {
        @Name("name") public String name;
        @Id @Name("taggable_user_id") public String taggableUserId;
    }

    /** {@code updateTag(input: updateTagInput)}. */
    @Input("updateTagInput")
    public static class UpdateTagInput {
        @Id @Name("id") public String id;
        @Name("name") public String name;
    }

    /** {@code deleteTag(input: deleteTagInput)}. */
    @Input("deleteTagInput")
    public static class TagIdInput {
        @Id @Name("id") public String id;
    }

    /** {@code bulkApply(input: bulkApplyInput)}. */
    @Input("bulkApplyInput")
    public static class BulkApplyInput {
        @Id @Name("ids") public List<String> ids;
        @Id @Name("taggable_user_id") public String taggableUserId;
    }

    /** {@code removeAppliedTag(input: removeAppliedTagInput)}. */
    @Input("removeAppliedTagInput")
    public static class RemoveAppliedTagInput {
        @Id @Name("id") public String id;
        @Id @Name("taggable_user_id") public String taggableUserId;
    }

    /** The tag a mutation created, changed, deleted or removed. */
    @Name("tagPayload")
    public record TagPayload(@Name("tag") TagNode tag, @Name("messages") List<FieldError> messages) {

        static TagPayload of(TagView tag) {
            return new TagPayload(TagNode.of(tag), null);
        }

        static TagPayload refused(List<FieldError> messages) {
            return new TagPayload(null, messages);
        }
    }

    /** The tags {@code bulkApply} applied. */
    @Name("bulkApplyPayload")
    public record BulkApplyPayload(@Name("tags") List<TagNode> tags, @Name("messages") List<FieldError> messages) {
    }
}
