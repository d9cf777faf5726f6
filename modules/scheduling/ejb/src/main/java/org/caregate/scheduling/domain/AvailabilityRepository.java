package org.caregate.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Providers' open hours. */
public interface AvailabilityRepository {

    void add(Availability availability);

    Optional<Availability> find(long organizationId, long id);

    void remove(Availability availability);

    /** Every opening of these providers, by provider then first date. */
    List<Availability> ofProviders(Collection<Long> providerIds);
}
