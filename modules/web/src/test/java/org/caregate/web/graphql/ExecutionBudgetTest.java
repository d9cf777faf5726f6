package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 2: one request of 500 aliased lists filled the heap. A request over its budget of result fields
 * or past its deadline is answered with one error and no data.
 */
class ExecutionBudgetTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aRequestWithinItsBudgetIsAnsweredInFull() {
        ExecutionResult result = run(new ExecutionBudget(1_000, Duration.ofSeconds(20), Clock.fixed(NOW, ZoneOffset.UTC)));
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<?>>>getData().get("items")).hasSize(100);
    }

    @Test
    void aRequestWhoseAnswerWouldHoldTooManyFieldsGetsOneErrorAndNoData() {
        ExecutionResult result = run(new ExecutionBudget(150, Duration.ofSeconds(20), Clock.fixed(NOW, ZoneOffset.UTC)));
        assertThat(result.<Object>getData()).isNull();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("more than 150 fields");
            assertThat(error.getExtensions()).containsEntry("code", "RESULT_TOO_LARGE");
        });
    }

    @Test
    void aRequestPastItsDeadlineGetsOneErrorAndNoData() {
        Clock slow = new Clock() {
            private int asked;

            @Override
            public Instant instant() {
                return NOW.plusSeconds(asked++ < 3 ? 0 : 30);
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        ExecutionResult result = run(new ExecutionBudget(1_000, Duration.ofSeconds(20), slow));
        assertThat(result.<Object>getData()).isNull();
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT"));
    }

    @Test
    void aMutationOverItsBudgetKeepsWhatRanAndStartsNothingMore() {
        ExecutionResult result = run(new ExecutionBudget(150, Duration.ofSeconds(20), Clock.fixed(NOW, ZoneOffset.UTC)),
                "mutation { made: make everything: items { a b } again: make }");
        Map<String, Object> data = result.getData();
        assertThat(data).containsEntry("made", "made").containsEntry("again", null);
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "RESULT_TOO_LARGE"));
    }

    private static ExecutionResult run(ExecutionBudget budget) {
        return run(budget, "{ items { a b } }");
    }

    private static ExecutionResult run(ExecutionBudget budget, String document) {
        DataFetcher<?> items = environment -> Collections.nCopies(100, Map.of("a", "1", "b", "2"));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                        "type Query { items: [Item] } type Mutation { make: String items: [Item] }"
                                + " type Item { a: String b: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("items", items))
                        .type("Mutation", type -> type.dataFetcher("make", environment -> "made")
                                .dataFetcher("items", items)).build());
        return GraphQL.newGraphQL(schema).instrumentation(budget).build().execute(document);
    }
}
