package org.caregate.identity.domain;

import java.util.Optional;

/** The organizations using this Caregate installation. */
public interface OrganizationRepository {

    Organization add(Organization organization);

    Optional<Organization> find(long id);

    /** Whether any organization exists yet (first start creates the initial one). */
    boolean isEmpty();
}
