package org.caregate.visits.domain;

import java.util.Optional;
import java.util.UUID;

/** BetterPT's partner video rooms. */
public interface PartnerVideoRoomRepository {

    void add(PartnerVideoRoom room);

    /** The room with this uid in this organization. */
    Optional<PartnerVideoRoom> find(long organizationId, UUID uid);
}
