package org.caregate.web.security;

import java.util.Optional;

/**
 * The API key a request presents. Healthie clients send {@code Authorization: Basic <key>} (with
 * {@code AuthorizationSource: API}); Solo clients send {@code Api-Key: <key>}; a sign-in token may also come as
 * {@code Authorization: Bearer <token>}.
 */
public final class Credentials {

    private Credentials() {
    }

    /** The presented key, or empty when the request carries none. */
    public static Optional<String> presentedKey(String authorization, String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey.strip());
        }
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            // a bare key without a scheme; a bare scheme name carries no key
            boolean schemeOnly = value.equalsIgnoreCase("Basic") || value.equalsIgnoreCase("Bearer");
            return schemeOnly ? Optional.empty() : Optional.of(value);
        }
        String scheme = value.substring(0, space);
        String key = value.substring(space + 1).strip();
        if ((scheme.equalsIgnoreCase("Basic") || scheme.equalsIgnoreCase("Bearer")) && !key.isEmpty()) {
            return Optional.of(key);
        }
        return Optional.empty();
    }
}
