package org.caregate.web.identity;

import java.util.List;
import org.caregate.identity.api.TagView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code Tag}; {@code tagged_users} and {@code user} (the owner) are resolved on demand. */
@Name("Tag")
public record TagNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("created_at") String createdAt,
        @Ignore long ownerUserId,
        @Ignore List<Long> taggedUserIds) {

    static TagNode of(TagView tag) {
        return new TagNode(Long.toString(tag.id()), tag.name(), tag.createdAt().toString(), tag.ownerUserId(),
                tag.taggedUserIds());
    }
}
