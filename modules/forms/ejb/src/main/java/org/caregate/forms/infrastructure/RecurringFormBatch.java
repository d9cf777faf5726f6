package org.caregate.forms.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.caregate.forms.application.RequestedCompletions;

/** One batch of due recurring form requests, claimed, sent and advanced in one transaction. */
@Stateless
public class RecurringFormBatch {

    @Inject
    RequestedCompletions requests;

    /** The recurrences claimed (each sent or ended); fewer than {@code limit} when no more are due. */
    public int sendDue(int limit) {
        return requests.sendDue(limit);
    }
}
