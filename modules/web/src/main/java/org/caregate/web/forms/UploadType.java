package org.caregate.web.forms;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.Locale;
import java.util.Set;

/**
 * Healthie's {@code Upload} scalar in the schema: a file. SmallRye GraphQL 2.17 cannot read a custom scalar inside
 * an input type, so the Java field stays a {@code String} and, as the engine is built, the schema's
 * {@code createDocumentInput.file} is given the type {@code Upload}, which takes a string: over the multipart request
 * spec the caller filter puts the file there as a base64 {@code data:} URL; a JSON client may send one itself
 * ({@link FileStrings}).
 */
public class UploadType implements EventingService {

    /** The input fields that carry an {@code Upload}: input type and field. */
    private static final Set<String> UPLOAD_FIELDS = Set.of("createDocumentInput.file");

    static final GraphQLScalarType UPLOAD = GraphQLScalarType.newScalar().name("Upload")
            .description("A file: a part of a multipart request (graphql-multipart-request-spec), or a base64 data: URL")
            .coercing(new Text()).build();

    @Override
    public String getConfigKey() {
        return "caregate.graphql.upload";
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField field,
                                                                 TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLInputObjectType input
                        && UPLOAD_FIELDS.contains(input.getName() + "." + field.getName())) {
                    return changeNode(context, field.transform(changed -> changed.type(UPLOAD)));
                }
                return TraversalControl.CONTINUE;
            }
        });
        return GraphQLSchema.newSchema(schema);
    }

    /** An {@code Upload}'s value is text: the file as a data URL (or base64). */
    private static final class Text implements Coercing<String, String> {

        @Override
        public String serialize(Object output, GraphQLContext context, Locale locale) {
            return output.toString();
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return text;
            }
            throw new CoercingParseValueException("Expected a file (a multipart part or a base64 data: URL)");
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                return text.getValue();
            }
            throw new CoercingParseLiteralException("Expected a file (a base64 data: URL)");
        }
    }
}
