package org.caregate.billing.api;

/** {@code billingItems}' arguments as the client sent them. */
public record BillingItemQuery(Integer offset, String keywords, String sortBy, String state, String providerId,
                               Boolean offeringsOnly, String senderId, String after, Integer pageSize) {
}
