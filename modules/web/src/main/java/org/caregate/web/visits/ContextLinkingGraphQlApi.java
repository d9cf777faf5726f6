package org.caregate.web.visits;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.visits.api.ContextLinkingFacade;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;

/** Caregate's own operation for Solo's context-aware linking: the organization's shared secret. */
@GraphQLApi
@ApplicationScoped
public class ContextLinkingGraphQlApi {

    @EJB
    ContextLinkingFacade linking;

    @Inject
    CurrentCaller caller;

    @Mutation("setContextLinkingSecret")
    @Description("Sets the secret the organization's EHR encrypts context-aware links with (owners and admins; at "
            + "least 16 characters). The secret is never shown again.")
    public SetContextLinkingSecretPayload setContextLinkingSecret(@Name("input") SetContextLinkingSecretInput input) {
        SetContextLinkingSecretInput in = input != null ? input : new SetContextLinkingSecretInput();
        return GraphQlErrors.mutation(() -> {
            linking.setSecret(caller.get(), in.secret);
            return new SetContextLinkingSecretPayload(true, null);
        }, messages -> new SetContextLinkingSecretPayload(false, messages));
    }

    /** {@code setContextLinkingSecret(input: setContextLinkingSecretInput)}. */
    @Input("setContextLinkingSecretInput")
    public static class SetContextLinkingSecretInput {
        @Name("secret") public String secret;
    }

    /** Whether the secret is now set. */
    @Name("setContextLinkingSecretPayload")
    public record SetContextLinkingSecretPayload(@Name("configured") Boolean configured,
                                                 @Name("messages") List<FieldError> messages) {
    }
}
