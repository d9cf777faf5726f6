package org.caregate.billing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Recurring payments and their schedule. */
public interface RecurringPaymentRepository {

    RecurringPayment add(RecurringPayment payment);

    /** The organization's recurring payment, locked until the transaction ends (changes take turns with the poller). */
    Optional<RecurringPayment> lock(long organizationId, long id);

    /** The organization's recurring payments among {@code ids}. */
    List<RecurringPayment> find(long organizationId, Collection<Long> ids);

    /**
     * Active recurring payments whose next date has come, claimed for the rest of the transaction with {@code FOR UPDATE
     * SKIP LOCKED}: a server polling at the same time skips them instead of waiting, and finds them advanced after.
     */
    List<RecurringPayment> claimDue(Instant now, int limit);
}
