package org.caregate.web.identity;

import java.util.List;
import org.caregate.web.graphql.FieldError;
import org.eclipse.microprofile.graphql.Name;

/**
 * The payloads of Healthie's identity mutations: the changed object, or {@code null} and the
 * {@code messages} that say why nothing changed.
 */
public final class IdentityPayloads {

    private IdentityPayloads() {
    }

    /** The payload of every mutation that answers with one user. */
    @Name("userPayload")
    public record UserPayload(@Name("user") UserNode user, @Name("messages") List<FieldError> messages) {

        static UserPayload of(UserNode user) {
            return new UserPayload(user, null);
        }

        static UserPayload refused(List<FieldError> messages) {
            return new UserPayload(null, messages);
        }
    }

    /** {@code bulkUpdateClients}: the updated users. */
    @Name("bulkUpdateClientsPayload")
    public record BulkUpdateClientsPayload(@Name("users") List<UserNode> users,
                                           @Name("messages") List<FieldError> messages) {
    }

    /** {@code signIn}: a session token usable like an API key ({@code token} and {@code api_key} hold the same). */
    @Name("signInPayload")
    public record SignInPayload(@Name("token") String token, @Name("api_key") String apiKey,
                                @Name("user") UserNode user, @Name("messages") List<FieldError> messages) {
    }

    /** {@code createApiKey}: the key, shown this once, and what can be shown of it later. */
    @Name("createApiKeyPayload")
    public record CreateApiKeyPayload(@Name("api_key") String apiKey,
                                      @Name("api_key_object") ApiKeyNode apiKeyObject,
                                      @Name("messages") List<FieldError> messages) {
    }

    /** {@code signOut}: whether the session ended. */
    @Name("signOutPayload")
    public record SignOutPayload(@Name("success") Boolean success, @Name("messages") List<FieldError> messages) {
    }

    /** {@code revokeApiKey}: the revoked key. */
    @Name("revokeApiKeyPayload")
    public record RevokeApiKeyPayload(@Name("api_key_object") ApiKeyNode apiKeyObject,
                                      @Name("messages") List<FieldError> messages) {
    }
}
