package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 11, finding 2: what one document may ask for is bounded before it runs, in one pass over the document. */
class DocumentLimitsTest {

    @Test
    void aliasesAtTheTopOfAnOperationCount() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            aliases.append(" a").append(i).append(": appointments(is_org: true, filter: \"all\") { id }");
        }
        assertThat(DocumentLimits.excess(aliases.append(" }").toString())).hasValueSatisfying(
                reason -> assertThat(reason).contains("at most 20 fields at its top"));
        assertThat(DocumentLimits.excess("{ a: appointments { id } b: appointments { id } }")).isEmpty();
    }

    @Test
    void fragmentsSpreadingIntoEachOtherAreCountedSpreadButCountedOnce() {
        // four wide and six deep: 4^6 = 4,096 fields once spread, from a document of a few hundred characters
        StringBuilder document = new StringBuilder("{ user { ...F0 } }");
        for (int level = 0; level < 6; level++) {
            String next = level == 5 ? "id" : "...F" + (level + 1);
            document.append(" fragment F").append(level).append(" on User { a: active_tags { name } ")
                    .append("x1: user { ").append(next).append(" } x2: user { ").append(next).append(" } ")
                    .append("x3: user { ").append(next).append(" } x4: user { ").append(next).append(" } }");
        }
        assertThat(DocumentLimits.excess(document.toString())).hasValueSatisfying(
                reason -> assertThat(reason).contains("at most 2000 fields"));
    }

    @Test
    void theExplorersIntrospectionAndUnparsableDocumentsPass() {
        assertThat(DocumentLimits.excess("query IntrospectionQuery { __schema { queryType { name } types { ...FullType }"
                + " } } fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...Input }"
                + " type { ...TypeRef } } inputFields { ...Input } } fragment Input on __InputValue { name type"
                + " { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { kind name ofType { kind"
                + " name ofType { kind name } } } }")).isEmpty();
        assertThat(DocumentLimits.excess("{ user(")).isEmpty();
        assertThat(DocumentLimits.excess("{ ...A } fragment A on Query { ...A }")).isEmpty();
    }
}
