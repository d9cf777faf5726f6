package org.caregate.web.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The limits every GraphQL request runs under, installed into SmallRye GraphQL's engine as it is built: depth
 * {@value #MOST_DEPTH}, complexity {@value #MOST_COMPLEXITY} fields (here, not in configuration; checked once per
 * parsed operation where no variable changes them, {@link ShapeChecked}), and the
 * {@link ExecutionBudget} of {@value #MOST_RESULT_FIELDS} result fields and {@value #DEADLINE_SECONDS} s.
 * docs/security.md lists them with the document limits.
 *
 * <p>Setting the engine's instrumentation replaces SmallRye's own, so SmallRye's instrumentation goes into the chain
 * too: it holds SmallRye's parsed-document cache, which fills the cache once a document has been validated. The
 * same cache gives the engine its parsed documents and tells SmallRye whether a request is a query or a mutation;
 * an engine with a cache of its own left SmallRye's empty, and every request was parsed once more (ADR 34).
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
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new ShapeChecked(new ChainedInstrumentation(List.of(
                        new MaxQueryComplexityInstrumentation(MOST_COMPLEXITY),
                        new MaxQueryDepthInstrumentation(MOST_DEPTH)))),
                smallRyes,
                new ExecutionBudget(MOST_RESULT_FIELDS, Duration.ofSeconds(DEADLINE_SECONDS), Clock.systemUTC()))));
    }
}
