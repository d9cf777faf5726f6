package org.caregate.web.security;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bounds what one GraphQL document may ask for, before anything runs: at most {@value #MOST_ROOT_FIELDS} fields at the
 * top of an operation (aliases count: 500 aliases of one list query filled the heap), and at most
 * {@value #MOST_FIELDS} fields once every fragment is spread (fragments spreading into each other four wide and six
 * deep ran for over 30 s), and strings within the {@link RequestLimits} (a NUL escaped in an argument reached
 * PostgreSQL, which refuses it, and answered 500). Counting takes one pass over the document: each fragment is counted once and its count
 * reused, so a document cannot make the count itself expensive.
 */
final class DocumentLimits {

    static final int MOST_ROOT_FIELDS = 20;
    static final int MOST_FIELDS = 2_000;
    private static final RecentVerdicts<Optional<String>> RECENT = new RecentVerdicts<>(1_024, 16_384);

    private DocumentLimits() {
    }

    /**
     * What is too much about the document, or empty when it is within the limits (or does not parse for another
     * reason than its size, which the engine then reports).
     */
    static Optional<String> excess(String query) {
        return RECENT.verdict(query, DocumentLimits::measure);
    }

    private static Optional<String> measure(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
            // the parser's own bounds (tokens, nesting, characters); the engine would answer "Unparseable input document"
            return Optional.of("The document is too large to parse: " + e.getMessage());
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        Optional<String> text = strings(document);
        if (text.isPresent()) {
            return text;
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Counter counter = new Counter(fragments);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (counter.rootFields(operation.getSelectionSet()) > MOST_ROOT_FIELDS) {
                return Optional.of("An operation may select at most " + MOST_ROOT_FIELDS
                        + " fields at its top (aliases count)");
            }
            if (counter.fields(operation.getSelectionSet()) > MOST_FIELDS) {
                return Optional.of("A document may select at most " + MOST_FIELDS
                        + " fields with its fragments spread");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a string the document holds ({@link RequestLimits#string}), or empty. */
    private static Optional<String> strings(Node<?> node) {
        if (node instanceof StringValue value) {
            return RequestLimits.string(value.getValue(), false);
        }
        for (Node<?> child : node.getChildren()) {
            Optional<String> problem = strings(child);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Counts fields, remembering each fragment's count; saturates instead of overflowing. */
    private static final class Counter {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Long> counted = new HashMap<>();
        private final Set<String> counting = new HashSet<>();

        Counter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        /** Fields at the top of a selection, through fragments. */
        long rootFields(SelectionSet selections) {
            long total = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field) {
                    total++;
                } else if (selection instanceof InlineFragment inline) {
                    total += rootFields(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                        && counting.add(spread.getName())) {
                    total += rootFields(fragments.get(spread.getName()).getSelectionSet());
                    counting.remove(spread.getName());
                }
            }
            return total;
        }

        /** Every field of a selection, fragments spread. */
        long fields(SelectionSet selections) {
            if (selections == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total = plus(total, plus(1, fields(field.getSelectionSet())));
                } else if (selection instanceof InlineFragment inline) {
                    total = plus(total, fields(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    total = plus(total, fragment(spread.getName()));
                }
            }
            return total;
        }

        private long fragment(String name) {
            Long known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !counting.add(name)) {
                return 0; // unknown or cyclic: GraphQL's own validation refuses the document
            }
            long count = fields(definition.getSelectionSet());
            counting.remove(name);
            counted.put(name, count);
            return count;
        }

        private static long plus(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
