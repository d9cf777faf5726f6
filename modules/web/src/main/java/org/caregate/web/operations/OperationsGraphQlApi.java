package org.caregate.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.runtime.api.DeadLetters;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;

/** The operator's commands (Caregate additions): replaying dead letters once their cause is fixed. */
@GraphQLApi
@ApplicationScoped
public class OperationsGraphQlApi {

    @EJB
    DeadLetters deadLetters;

    @Inject
    CurrentCaller caller;

    @Mutation("replayDeadLetters")
    @Description("Caregate addition: sends every event waiting in the broker's dead-letter queue (readiness' "
            + "jms-broker dead_letters) back to the consumer that gave up on it. Super admins of the operating "
            + "organization only; the embedded broker only.")
    public ReplayDeadLettersPayload replayDeadLetters() {
        return GraphQlErrors.mutation(() -> new ReplayDeadLettersPayload(deadLetters.replay(caller.get()), null),
                messages -> new ReplayDeadLettersPayload(null, messages));
    }

    /** {@code replayDeadLetters}: how many messages went back to their queues. */
    @Name("replayDeadLettersPayload")
    public record ReplayDeadLettersPayload(@Name("replayed") Integer replayed,
                                           @Name("messages") List<FieldError> messages) {
    }
}
