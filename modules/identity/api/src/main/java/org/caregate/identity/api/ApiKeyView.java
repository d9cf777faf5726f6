package org.caregate.identity.api;

import java.time.Instant;

/**
 * An API key as it may be shown again after its creation: never the secret, only its first characters.
 */
public record ApiKeyView(long id, String name, String displayableKey, Instant createdAt, Instant revokedAt) {
}
