package org.caregate.scheduling.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The practices' waiting rooms. */
public interface WaitingRoomRepository {

    void add(WaitingRoom room);

    Optional<WaitingRoom> find(long organizationId, UUID id);

    /** The room of this name, ignoring case. */
    Optional<WaitingRoom> named(long organizationId, String name);

    List<WaitingRoom> list(long organizationId);
}
