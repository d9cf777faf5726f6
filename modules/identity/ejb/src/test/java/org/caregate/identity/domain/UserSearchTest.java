package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserSearchTest {

    @Test
    void keywordsSplitOnWhitespace() {
        assertThat(UserSearch.terms("  John   Doe 2002-01-01 ")).containsExactly("John", "Doe", "2002-01-01");
        assertThat(UserSearch.terms(null)).isEmpty();
        assertThat(UserSearch.terms("   ")).isEmpty();
    }

    @Test
    void sortsAreNamedAsHealthieNamesThem() {
        assertThat(UserSearch.Sort.named("last_name_desc")).isEqualTo(UserSearch.Sort.LAST_NAME_DESC);
        assertThat(UserSearch.Sort.named("CREATED_AT_ASC")).isEqualTo(UserSearch.Sort.CREATED_AT_ASC);
        assertThat(UserSearch.Sort.named("shoe_size")).isNull();
        assertThat(UserSearch.Sort.names()).contains("first_name_asc", "updated_at_desc");
    }
}
