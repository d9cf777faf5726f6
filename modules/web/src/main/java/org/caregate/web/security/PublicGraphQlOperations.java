package org.caregate.web.security;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a GraphQL request may be made without credentials: only when every top-level field of the
 * operation it runs is public — signing up, signing in, a patient's self-scheduling without an account
 * (bookable appointment types, open days and slots, booking), and schema introspection (GraphiQL loads the
 * schema before the person enters a key).
 */
public final class PublicGraphQlOperations {

    static final Set<String> PUBLIC_FIELDS = Set.of("signUp", "signIn", "appointmentTypes",
            "daysAvailableForRange", "availableSlotsForRange", "completeCheckout", "__schema", "__type", "__typename");

    private PublicGraphQlOperations() {
    }

    /**
     * @param operationName the operation to run when the document holds several, or {@code null}
     * @return whether the operation touches only public fields; {@code true} for a document that does not parse,
     *         so that the client gets GraphQL's own syntax error (such a request can do nothing)
     */
    public static boolean isPublic(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return true;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null || operationName.isBlank() || operationName.equals(op.getName()))
                .allMatch(PublicGraphQlOperations::onlyPublicFields);
    }

    private static boolean onlyPublicFields(OperationDefinition operation) {
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !PUBLIC_FIELDS.contains(field.getName())) {
                return false;
            }
        }
        return true;
    }
}
