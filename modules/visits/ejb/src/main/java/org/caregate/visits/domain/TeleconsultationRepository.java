package org.caregate.visits.domain;

import java.util.Optional;
import java.util.UUID;

/** The teleconsultation service's rooms with their participants. */
public interface TeleconsultationRepository {

    void add(Teleconsultation teleconsultation);

    /** The room with this id in this organization. */
    Optional<Teleconsultation> find(long organizationId, UUID id);
}
