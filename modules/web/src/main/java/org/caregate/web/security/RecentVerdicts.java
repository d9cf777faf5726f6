package org.caregate.web.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was decided about the GraphQL documents clients sent lately, so that a document sent again — clients send the
 * same few documents all day — is not parsed once more to decide it again ({@link DocumentLimits},
 * {@link PublicGraphQlOperations}; SmallRye GraphQL keeps its own parsed documents). Bounded: at most {@code capacity}
 * documents of at most {@code longestDocument} characters are remembered, and the memory is emptied when it is full,
 * so that a client sending ever new documents costs what it cost before and no more memory. Only for decisions that
 * depend on nothing but the key.
 */
final class RecentVerdicts<V> {

    private final Map<String, V> verdicts = new ConcurrentHashMap<>();
    private final int capacity;
    private final int longestDocument;

    RecentVerdicts(int capacity, int longestDocument) {
        this.capacity = capacity;
        this.longestDocument = longestDocument;
    }

    /** The verdict on the document, decided by {@code decide} unless it was decided lately. */
    V verdict(String document, Function<String, V> decide) {
        if (document == null || document.length() > longestDocument) {
            return decide.apply(document);
        }
        V known = verdicts.get(document);
        if (known != null) {
            return known;
        }
        V verdict = decide.apply(document);
        if (verdicts.size() >= capacity) {
            verdicts.clear();
        }
        verdicts.put(document, verdict);
        return verdict;
    }

    int size() {
        return verdicts.size();
    }
}
