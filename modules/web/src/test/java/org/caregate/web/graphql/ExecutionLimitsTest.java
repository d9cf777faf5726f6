package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The engine SmallRye GraphQL builds keeps SmallRye's parsed-document cache working once Caregate's limits are
 * installed: SmallRye asks that cache whether a request is a query or a mutation before executing it, and parsed the
 * document once more on every request while the engine's instrumentation no longer filled it.
 */
class ExecutionLimitsTest {

    private static final String DOCUMENT = "{ deep { deep { deep { name } } } }";

    @Test
    void aValidatedDocumentIsInSmallRyesCacheForTheNextRequest() {
        QueryCache smallRyes = new QueryCache();
        GraphQL engine = asSmallRyeBuildsIt(smallRyes);

        assertThat(engine.execute(DOCUMENT).getErrors()).isEmpty();

        AtomicInteger parsed = new AtomicInteger();
        PreparsedDocumentEntry entry = smallRyes.getDocumentAsync(ExecutionInput.newExecutionInput(DOCUMENT).build(),
                input -> {
                    parsed.incrementAndGet();
                    return null;
                }).join();
        assertThat(parsed).hasValue(0);
        assertThat(entry.getDocument()).isNotNull();
    }

    @Test
    void theLimitsStillHold() {
        String tooDeep = "{ " + "deep { ".repeat(ExecutionLimits.MOST_DEPTH + 1) + "name" + " }".repeat(
                ExecutionLimits.MOST_DEPTH + 1) + " }";
        ExecutionResult result = asSmallRyeBuildsIt(new QueryCache()).execute(tooDeep);
        assertThat(result.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getMessage()).contains("maximum query depth"));
    }

    /** As SmallRye GraphQL 2.17's ExecutionService does: its cache as instrumentation and document source. */
    private static GraphQL asSmallRyeBuildsIt(QueryCache smallRyes) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { deep: Query name: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                        .dataFetcher("deep", environment -> Map.of())
                        .dataFetcher("name", environment -> "x")).build());
        GraphQL.Builder builder = GraphQL.newGraphQL(schema)
                .instrumentation(new ChainedInstrumentation(List.of(smallRyes)))
                .preparsedDocumentProvider(smallRyes);
        return new ExecutionLimits().beforeGraphQLBuild(builder).build();
    }
}
