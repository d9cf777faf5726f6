package org.caregate.web.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The limits every GraphQL request runs under, installed into SmallRye GraphQL's engine as it is built (this
 * service replaces SmallRye's own instrumentations, so depth and complexity are set here, not in configuration):
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
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(MOST_DEPTH),
                new MaxQueryComplexityInstrumentation(MOST_COMPLEXITY),
                new ExecutionBudget(MOST_RESULT_FIELDS, Duration.ofSeconds(DEADLINE_SECONDS), Clock.systemUTC()))));
    }
}
