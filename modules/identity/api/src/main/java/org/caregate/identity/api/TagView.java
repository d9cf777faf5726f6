package org.caregate.identity.api;

import java.time.Instant;
import java.util.List;

/** A tag, the member who owns it, and the users it is applied to. */
public record TagView(long id, String name, long ownerUserId, List<Long> taggedUserIds, Instant createdAt) {
}
