package org.caregate.identity.domain;

import java.util.List;
import java.util.Optional;

/** Users' addresses. */
public interface LocationRepository {

    Location add(Location location);

    Optional<Location> find(long organizationId, long locationId);

    /** The addresses of each of these users, by user id. */
    java.util.Map<Long, List<Location>> ofUsers(long organizationId, List<Long> userIds);
}
