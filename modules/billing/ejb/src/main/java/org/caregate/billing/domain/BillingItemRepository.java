package org.caregate.billing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payments and their refunds. */
public interface BillingItemRepository {

    BillingItem add(BillingItem item);

    Optional<BillingItem> find(long organizationId, long id);

    /** The payment, locked until the transaction ends (refunds and retries of one payment take turns). */
    Optional<BillingItem> lock(long organizationId, long id);

    /** The organization's payment recorded under this idempotency key. */
    Optional<BillingItem> byKey(long organizationId, String idempotencyKey);

    /** Waits for, and holds until the transaction ends, the turn of this idempotency key of the organization. */
    void lockKey(long organizationId, String idempotencyKey);

    /** The payments matching the search, newest first (or as sorted), not deleted. */
    List<BillingItem> search(long organizationId, PaymentSearch search);

    /** Pending charges whose time to be settled by the reconciler came, claimed (FOR UPDATE SKIP LOCKED). */
    List<BillingItem> claimUnsettled(Instant now, int limit);

    Refund addRefund(Refund refund);

    Optional<Refund> refund(long id);

    /** The refund as it stands now, locked for the rest of the transaction. */
    Optional<Refund> lockRefund(long id);

    /** The payment's refund asked for under this client key, if any. */
    Optional<Refund> refundAskedUnder(long billingItemId, String clientKey);

    /** Refunds still waiting for the gateway's answer, created before {@code before}, claimed (SKIP LOCKED). */
    List<Refund> claimPendingRefunds(Instant before, int limit);

    /** A search over the organization's payments. */
    record PaymentSearch(Long senderId, Long recipientId, String state, String keywords, boolean oldestFirst,
                         Long afterId, int offset, int limit) {
    }
}
