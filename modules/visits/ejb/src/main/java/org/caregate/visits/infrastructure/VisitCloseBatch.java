package org.caregate.visits.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.caregate.visits.application.VisitClosing;

/** One batch of video visits whose window closed, claimed and closed in one transaction. */
@Stateless
public class VisitCloseBatch {

    @Inject
    VisitClosing closing;

    /** The visits claimed; fewer than {@code limit} when no more are due. */
    public int closeDue(int limit) {
        return closing.closeDue(limit);
    }
}
