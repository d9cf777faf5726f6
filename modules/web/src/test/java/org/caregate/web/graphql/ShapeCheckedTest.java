package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Depth and complexity are worked out once per parsed operation, unless a variable keeps or drops fields, and a
 * refused operation stays refused.
 */
class ShapeCheckedTest {

    private final AtomicInteger fieldsCounted = new AtomicInteger();
    private final GraphQL engine = engine(4, 3);

    @Test
    void anOperationThatPassedIsNotWorkedOutAgain() {
        String document = "{ deep { name } }";
        assertThat(engine.execute(document).getErrors()).isEmpty();
        int first = fieldsCounted.get();
        assertThat(first).isPositive();

        assertThat(engine.execute(document).getErrors()).isEmpty();
        assertThat(fieldsCounted).hasValue(first);
    }

    @Test
    void anOperationTooComplexIsRefusedEachTime() {
        String document = "{ a: name b: name c: name d: name e: name }";
        for (int time = 0; time < 2; time++) {
            assertThat(engine.execute(document).getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getMessage()).contains("maximum query complexity"));
        }
    }

    @Test
    void anOperationTooDeepIsRefusedEachTime() {
        String document = "{ deep { deep { deep { name } } } }";
        for (int time = 0; time < 2; time++) {
            assertThat(engine.execute(document).getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth"));
        }
    }

    @Test
    void fieldsKeptByAVariableAreCountedAtEveryRequest() {
        String document = "query($all: Boolean!) { name ...more } "
                + "fragment more on Query { a: name @include(if: $all) b: name @include(if: $all) "
                + "c: name @include(if: $all) d: name @include(if: $all) }";
        assertThat(run(document, false).getErrors()).isEmpty();
        assertThat(run(document, true).getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query complexity"));
        assertThat(run(document, false).getErrors()).isEmpty();
    }

    private ExecutionResult run(String document, boolean all) {
        return engine.execute(ExecutionInput.newExecutionInput(document).variables(Map.of("all", all)).build());
    }

    /** An engine that parses each text once, as SmallRye's document cache does, with the checks behind ShapeChecked. */
    private GraphQL engine(int mostComplexity, int mostDepth) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { deep: Query name: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                        .dataFetcher("deep", environment -> Map.of())
                        .dataFetcher("name", environment -> "x")).build());
        FieldComplexityCalculator counting = (environment, children) -> {
            fieldsCounted.incrementAndGet();
            return 1 + children;
        };
        Map<String, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();
        PreparsedDocumentProvider once = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                    ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                return CompletableFuture.completedFuture(parsed.computeIfAbsent(input.getQuery(),
                        text -> parseAndValidate.apply(input)));
            }
        };
        return GraphQL.newGraphQL(schema).preparsedDocumentProvider(once)
                .instrumentation(new ShapeChecked(new ChainedInstrumentation(List.of(
                        new MaxQueryComplexityInstrumentation(mostComplexity, counting),
                        new MaxQueryDepthInstrumentation(mostDepth))))).build();
    }
}
