package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicGraphQlOperationsTest {

    @Test
    void signingUpSigningInAndIntrospectionArePublic() {
        assertThat(PublicGraphQlOperations.isPublic("mutation { signUp(input: {}) { user { id } } }", null)).isTrue();
        assertThat(PublicGraphQlOperations.isPublic("mutation s { signIn(input: {}) { token } }", "s")).isTrue();
        assertThat(PublicGraphQlOperations.isPublic("query IntrospectionQuery { __schema { types { name } } }", null)).isTrue();
        assertThat(PublicGraphQlOperations.isPublic("query { availableSlotsForRange(provider_id: \"1\") { date } "
                + "daysAvailableForRange(provider_id: \"1\") }", null)).isTrue();
        assertThat(PublicGraphQlOperations.isPublic("mutation { completeCheckout(input: {}) { appointment { id } } }", null))
                .isTrue();
    }

    @Test
    void anythingElseNeedsAKey() {
        assertThat(PublicGraphQlOperations.isPublic("{ user(or_current_user: true) { id } }", null)).isFalse();
        assertThat(PublicGraphQlOperations.isPublic("{ appointments { id } }", null)).isFalse();
        assertThat(PublicGraphQlOperations.isPublic("mutation { signUp(input: {}) { user { id } } createClient(input: {}) { user { id } } }", null)).isFalse();
        assertThat(PublicGraphQlOperations.isPublic("query { ...F } fragment F on Query { users { id } }", null)).isFalse();
    }

    @Test
    void theSelectedOperationDecidesInAMultiOperationDocument() {
        String document = "mutation a { signUp(input: {}) { user { id } } } query b { users { id } }";
        assertThat(PublicGraphQlOperations.isPublic(document, "a")).isTrue();
        assertThat(PublicGraphQlOperations.isPublic(document, "b")).isFalse();
        assertThat(PublicGraphQlOperations.isPublic(document, null)).isFalse();
    }

    @Test
    void documentsThatDoNotParseAreLeftToGraphQlsOwnSyntaxError() {
        assertThat(PublicGraphQlOperations.isPublic("{ user(", null)).isTrue();
        assertThat(PublicGraphQlOperations.isPublic("", null)).isTrue();
    }
}
