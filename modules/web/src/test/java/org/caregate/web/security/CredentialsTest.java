package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void readsHealthiesBasicSchemeSolosHeaderAndBearerTokens() {
        assertThat(Credentials.presentedKey("Basic cg_abc", null)).contains("cg_abc");
        assertThat(Credentials.presentedKey("basic   cg_abc ", null)).contains("cg_abc");
        assertThat(Credentials.presentedKey("Bearer tok", null)).contains("tok");
        assertThat(Credentials.presentedKey(null, " cg_solo ")).contains("cg_solo");
        assertThat(Credentials.presentedKey("Basic cg_basic", "cg_header")).contains("cg_header");
    }

    @Test
    void findsNoKeyInEmptyOrForeignSchemes() {
        assertThat(Credentials.presentedKey(null, null)).isEmpty();
        assertThat(Credentials.presentedKey("  ", "")).isEmpty();
        assertThat(Credentials.presentedKey("Digest username=x", null)).isEmpty();
        assertThat(Credentials.presentedKey("Basic ", null)).isEmpty();
    }
}
