package org.caregate.web.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

/**
 * SmallRye GraphQL 2.17's schema builder gives an {@code @Id} list argument the container's class as its element
 * class (the cause of "is not a valid 'Unknown Scalar Type [java.util.List]'"); {@link IdListArguments} puts the
 * element's class back and leaves every other argument alone.
 */
class IdListArgumentsTest {

    @GraphQLApi
    public static class Sample {
        @Query("byIds")
        public String byIds(@Id @Name("ids") List<String> ids, @Id @Name("array") String[] array,
                            @Name("texts") List<String> texts, @Id @Name("id") String id) {
            return "";
        }
    }

    @Test
    void idListsGetTheirElementClassBackAndTheRestIsUntouched() throws IOException {
        Indexer indexer = new Indexer();
        indexer.indexClass(Sample.class);
        Schema schema = SchemaBuilder.build(indexer.complete());
        Operation operation = schema.getQueries().iterator().next();
        Map<String, Argument> before = byName(operation);
        assertEquals(List.class.getName(), before.get("ids").getReference().getClassName(), "SmallRye's defect is gone?");
        assertEquals(String[].class.getName(), before.get("array").getReference().getClassName());

        Map<String, Argument> after = byName(new IdListArguments().createOperation(operation));
        for (String name : new String[] {"ids", "array", "texts", "id"}) {
            assertEquals(String.class.getName(), after.get(name).getReference().getClassName(), name);
            assertEquals(String.class.getName(), after.get(name).getReference().getGraphQLClassName(), name);
            assertFalse(IdListArguments.isBrokenIdList(after.get(name), after.get(name).getReference()), name);
        }
        assertEquals("ID", after.get("ids").getReference().getName());
        assertEquals("ID", after.get("array").getReference().getName());
        assertEquals("String", after.get("texts").getReference().getName());
        assertEquals(List.class.getName(), after.get("ids").getWrapper().getWrapperClassName());
    }

    private static Map<String, Argument> byName(Operation operation) {
        return operation.getArguments().stream().collect(Collectors.toMap(Argument::getName, Function.identity()));
    }
}
