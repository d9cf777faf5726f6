package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Scheduled visits as other contexts (outreach) need them, found by the ids events carry. Not for web adapters. */
@Local
public interface VisitDirectory {

    /**
     * The appointment or partner video room an event names ({@code resourceType} {@code appointment} or
     * {@code partner_video_room}), in that organization; empty when there is none.
     */
    Optional<OutreachVisit> visit(long organizationId, String resourceType, String resourceId);
}
