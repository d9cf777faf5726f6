package org.caregate.web.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one GraphQL request may cost while it runs: at most {@link #mostFields} result fields fetched, and no field
 * fetched after its deadline. The document limits bound what a request may ask for before it runs; this bounds what
 * it turns out to be — 20 lists of 1,000 appointments with every field, or a slow query repeated by aliases. Once
 * over budget, every further field answers {@code null} at once, so the rest of the document costs nothing, and
 * the request is answered with one error ({@code extensions.code} {@code RESULT_TOO_LARGE} or {@code TIMEOUT}): a
 * query with no data, so a client never takes a cut result for the whole; a mutation with the data of the fields
 * that ran (they have committed, and a client must learn, say, the key it created) and none of those after.
 */
public final class ExecutionBudget extends SimplePerformantInstrumentation {

    /** What the request has spent, and whether it ran out. */
    static final class Spent implements InstrumentationState {
        private final Instant deadline;
        private final AtomicLong fields = new AtomicLong();
        private volatile String exhausted;
        private volatile boolean mutation;

        Spent(Instant deadline) {
            this.deadline = deadline;
        }
    }

    private final long mostFields;
    private final Duration timeout;
    private final Clock clock;

    public ExecutionBudget(long mostFields, Duration timeout, Clock clock) {
        this.mostFields = mostFields;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Spent(clock.instant().plus(timeout));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Spent spent = (Spent) state;
        return environment -> {
            if (spent.exhausted != null) {
                return null;
            }
            if (environment.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
                spent.mutation = true;
            }
            if (spent.fields.incrementAndGet() > mostFields) {
                spent.exhausted = "RESULT_TOO_LARGE";
                return null;
            }
            if (clock.instant().isAfter(spent.deadline)) {
                spent.exhausted = "TIMEOUT";
                return null;
            }
            return fetcher.get(environment);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Spent spent = (Spent) state;
        if (spent == null || spent.exhausted == null) {
            return CompletableFuture.completedFuture(result);
        }
        String message = spent.exhausted.equals("TIMEOUT")
                ? "The request ran past its " + timeout.toSeconds() + " s deadline; ask for less at once"
                : "The answer would hold more than " + mostFields + " fields; page through lists or ask for fewer fields";
        ExecutionResultImpl.Builder answer = spent.mutation ? ExecutionResultImpl.newExecutionResult().from(result)
                : ExecutionResultImpl.newExecutionResult();
        return CompletableFuture.completedFuture(answer.addError(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", spent.exhausted)).build()).build());
    }
}
