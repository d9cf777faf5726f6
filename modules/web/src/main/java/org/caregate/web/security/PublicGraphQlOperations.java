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
 * (bookable appointment types, open days and slots, booking), a form template by id (Healthie's templates are
 * "considered public to view"), an onboarding item by id (likewise "considered public"), an invoice by its number and its payer's uuid (a payer
 * without an account; {@code requestedPayment} answers such a caller nothing else), and schema introspection (GraphiQL loads the
 * schema before the person enters a key) — and when it asks for little: one mutation, or at most
 * {@value #MOST_ANONYMOUS_QUERY_FIELDS} query fields, aliases counted (a hundred aliased {@code signIn}s in one request
 * would each hash a password on the server's time).
 */
public final class PublicGraphQlOperations {

    static final Set<String> PUBLIC_FIELDS = Set.of("signUp", "signIn", "appointmentTypes",
            "daysAvailableForRange", "availableSlotsForRange", "completeCheckout", "customModuleForm", "onboardingItem",
            "requestedPayment", "__schema", "__type", "__typename");

    static final int MOST_ANONYMOUS_QUERY_FIELDS = 5;
    private static final RecentVerdicts<Verdict> RECENT = new RecentVerdicts<>(1_024, 16_384);

    /** What an anonymous caller may do with a request. */
    public enum Verdict {
        /** Run it. */
        PUBLIC,
        /** Not without a key: it touches a field that is not public. */
        NEEDS_A_KEY,
        /** Not at all: public fields only, but more of them than an anonymous request may hold. */
        TOO_MUCH
    }

    private PublicGraphQlOperations() {
    }

    /**
     * @param operationName the operation to run when the document holds several, or {@code null}
     * @return the verdict; {@link Verdict#PUBLIC} for a document that does not parse, so that the client gets
     *         GraphQL's own syntax error (such a request can do nothing)
     */
    public static Verdict judge(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return Verdict.PUBLIC;
        }
        String name = operationName == null || operationName.isBlank() ? null : operationName;
        // the name's length first, so that no other name and document can make the same key (a client may send any
        // text as the operation's name, line breaks and comment signs included)
        String key = name == null ? "-:" + query : name.length() + ":" + name + query;
        return RECENT.verdict(key, ignored -> decide(query, name));
    }

    private static Verdict decide(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return Verdict.PUBLIC;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return Verdict.PUBLIC;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.isBlank() || operationName.equals(op.getName()))
                .toList();
        if (!operations.stream().allMatch(PublicGraphQlOperations::onlyPublicFields)) {
            return Verdict.NEEDS_A_KEY;
        }
        return operations.stream().allMatch(PublicGraphQlOperations::small) ? Verdict.PUBLIC : Verdict.TOO_MUCH;
    }

    /** One mutation, or a few query fields. */
    private static boolean small(OperationDefinition operation) {
        int fields = operation.getSelectionSet().getSelections().size();
        return operation.getOperation() == OperationDefinition.Operation.MUTATION ? fields <= 1
                : fields <= MOST_ANONYMOUS_QUERY_FIELDS;
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
