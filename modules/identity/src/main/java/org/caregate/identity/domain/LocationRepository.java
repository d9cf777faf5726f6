package org.caregate.identity.domain;

import java.util.List;
import java.util.Optional;

/** Users' addresses. */
public interface LocationRepository {

    Location add(Location location);

    Optional<Location> find(long organizationId, long locationId);

    List<Location> ofUser(long organizationId, long userId);
}
