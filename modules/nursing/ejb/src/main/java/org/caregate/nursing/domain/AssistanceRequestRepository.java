package org.caregate.nursing.domain;

import java.util.List;
import java.util.Optional;

/** Where assistance requests are kept; every look-up names the organization. */
public interface AssistanceRequestRepository {

    /** The most open requests a queue shows at once. */
    int QUEUE_LIMIT = 500;

    /** Stores a new request; refuses it when its care location already has an open one. */
    void add(AssistanceRequest request);

    /** The care location's open request. */
    Optional<AssistanceRequest> current(long organizationId, long careLocationId);

    Optional<AssistanceRequest> find(long organizationId, long id);

    /** The request, locked until the transaction ends, so two nurses accepting it take turns. */
    Optional<AssistanceRequest> lock(long organizationId, long id);

    /** The open requests of the building or department's care locations (all, given {@code null}), oldest
     * first, at most {@link #QUEUE_LIMIT}. */
    List<AssistanceRequest> open(long organizationId, Long facilityLocationId);
}
