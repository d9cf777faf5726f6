package org.caregate.web.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The limits every GraphQL request runs under, installed into SmallRye GraphQL's engine as it is built. Setting the
 * engine's instrumentation replaces SmallRye's own, so this sets all of them: depth and complexity (here, not in
 * configuration), and SmallRye's document cache, which is both an instrumentation and the engine's source of parsed
 * documents and must be given in both places, or it would neither cache nor clear its per-thread request:
 * depth {@value #MOST_DEPTH}, complexity {@value #MOST_COMPLEXITY} fields, and the {@link ExecutionBudget} of
 * {@value #MOST_RESULT_FIELDS} result fields and {@value #DEADLINE_SECONDS} s. docs/security.md lists them with the
 * document limits.
 */
public class ExecutionLimits implements EventingService {

    static final int MOST_DEPTH = 15;
    static final int MOST_COMPLEXITY = 5_000;
    static final long MOST_RESULT_FIELDS = 200_000;
    static final long DEADLINE_SECONDS = 20;

    @Override
    public String getConfigKey() {
        return "caregate.graphql.execution-limits";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryCache documents = new QueryCache();
        return builder.preparsedDocumentProvider(documents).instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryComplexityInstrumentation(MOST_COMPLEXITY),
                new MaxQueryDepthInstrumentation(MOST_DEPTH),
                documents,
                new ExecutionBudget(MOST_RESULT_FIELDS, Duration.ofSeconds(DEADLINE_SECONDS), Clock.systemUTC()))));
    }
}
