package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.web.security.PublicGraphQlOperations.Verdict.NEEDS_A_KEY;
import static org.caregate.web.security.PublicGraphQlOperations.Verdict.PUBLIC;
import static org.caregate.web.security.PublicGraphQlOperations.Verdict.TOO_MUCH;

import org.junit.jupiter.api.Test;

class PublicGraphQlOperationsTest {

    @Test
    void signingUpSigningInAndIntrospectionArePublic() {
        assertThat(PublicGraphQlOperations.judge("mutation { signUp(input: {}) { user { id } } }", null))
                .isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge("mutation s { signIn(input: {}) { token } }", "s")).isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge("query IntrospectionQuery { __schema { types { name } } }", null))
                .isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge("query { availableSlotsForRange(provider_id: \"1\") { date } "
                + "daysAvailableForRange(provider_id: \"1\") }", null)).isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge("mutation { completeCheckout(input: {}) { appointment { id } } }", null))
                .isEqualTo(PUBLIC);
    }

    @Test
    void anythingElseNeedsAKey() {
        assertThat(PublicGraphQlOperations.judge("{ user(or_current_user: true) { id } }", null))
                .isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge("{ appointments { id } }", null)).isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge("mutation { signUp(input: {}) { user { id } } "
                + "createClient(input: {}) { user { id } } }", null)).isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge("query { ...F } fragment F on Query { users { id } }", null))
                .isEqualTo(NEEDS_A_KEY);
    }

    @Test
    void aVerdictRememberedForOneNameAndDocumentIsNotReusedForAnotherPairThatReadsAlike() {
        String document = "query x { users { id } }";
        // no operation of the document is named "x\n#": nothing would run, so it is public ...
        assertThat(PublicGraphQlOperations.judge(document, "x\n#")).isEqualTo(PUBLIC);
        // ... and the same characters split otherwise (name "x", a comment line, the document) still need a key
        assertThat(PublicGraphQlOperations.judge("#\n" + document, "x")).isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge(document, "x")).isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge(document, "x")).isEqualTo(NEEDS_A_KEY);
    }

    @Test
    void theSelectedOperationDecidesInAMultiOperationDocument() {
        String document = "mutation a { signUp(input: {}) { user { id } } } query b { users { id } }";
        assertThat(PublicGraphQlOperations.judge(document, "a")).isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge(document, "b")).isEqualTo(NEEDS_A_KEY);
        assertThat(PublicGraphQlOperations.judge(document, null)).isEqualTo(NEEDS_A_KEY);
    }

    @Test
    void documentsThatDoNotParseAreLeftToGraphQlsOwnSyntaxError() {
        assertThat(PublicGraphQlOperations.judge("{ user(", null)).isEqualTo(PUBLIC);
        assertThat(PublicGraphQlOperations.judge("", null)).isEqualTo(PUBLIC);
    }

    @Test
    void anAnonymousRequestHoldsOneMutationOrAFewQueryFields() {
        // issue 11 finding 5: a hundred aliased signIn in one request each hashed a password (7.6 s of CPU)
        String aliased = "mutation { a: signIn(input: {}) { token } b: signIn(input: {}) { token } }";
        assertThat(PublicGraphQlOperations.judge(aliased, null)).isEqualTo(TOO_MUCH);
        StringBuilder slots = new StringBuilder("query {");
        for (int i = 0; i < 6; i++) {
            slots.append(" s").append(i).append(": availableSlotsForRange(provider_id: \"1\") { date }");
        }
        assertThat(PublicGraphQlOperations.judge(slots.append(" }").toString(), null)).isEqualTo(TOO_MUCH);
        assertThat(PublicGraphQlOperations.judge("query { appointmentTypes { id } daysAvailableForRange(provider_id: "
                + "\"1\") availableSlotsForRange(provider_id: \"1\") { date } }", null)).isEqualTo(PUBLIC);
    }
}
