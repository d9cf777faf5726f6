package org.caregate.billing.api.claims;

/**
 * What {@code superBills} and {@code cms1500s} filter on, as given: keywords (status, patient or provider name; for
 * CMS 1500s also payer name or id), the patient ({@code client_id}), the provider, the status, and the order
 * ({@code created_at_desc} (default), {@code created_at_asc}, {@code service_date_desc}, {@code service_date_asc}).
 */
public record ClaimSearch(String keywords, String sortBy, String providerId, String clientId, String status) {
}
