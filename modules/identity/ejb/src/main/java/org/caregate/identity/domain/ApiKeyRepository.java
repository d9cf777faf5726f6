package org.caregate.identity.domain;

import java.util.List;
import java.util.Optional;

/** API keys and sign-in sessions, found by the hash of their secret. */
public interface ApiKeyRepository {

    ApiKey add(ApiKey key);

    /**
     * The credential whose secret hashes to this, with the user of its organization it acts as and that user's
     * membership (none for a patient), in one look-up: every authenticated request asks it first.
     */
    Optional<Presented> findPresented(byte[] secretHash);

    Optional<ApiKey> find(long organizationId, long id);

    /** The API keys (not sessions) of a user, newest first, at most {@code limit} after the key {@code afterId}. */
    List<ApiKey> apiKeysOf(long organizationId, long userId, Long afterId, int limit);

    /** The user's keys and sessions that are not revoked, locked for update. */
    List<ApiKey> liveCredentialsOf(long organizationId, long userId);

    /** A presented credential, the user it acts as, and that user's membership when the user is a member. */
    record Presented(ApiKey key, User holder, Optional<Membership> membership) {
    }
}
