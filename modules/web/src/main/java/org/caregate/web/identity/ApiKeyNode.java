package org.caregate.web.identity;

import org.caregate.identity.api.ApiKeyView;
import org.caregate.web.graphql.Cursors;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code ApiKey}: what can be shown of a key after its creation; never the secret. */
@Name("ApiKey")
public record ApiKeyNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("displayable_key") String displayableKey,
        @Name("created_at") String createdAt,
        @Name("revoked_at") String revokedAt,
        @Name("cursor") String cursor) {

    static ApiKeyNode of(ApiKeyView key) {
        String id = Long.toString(key.id());
        return new ApiKeyNode(id, key.name(), key.displayableKey(), key.createdAt().toString(),
                key.revokedAt() != null ? key.revokedAt().toString() : null, Cursors.encode(id));
    }
}
