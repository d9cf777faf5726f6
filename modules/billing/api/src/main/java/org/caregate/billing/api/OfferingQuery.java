package org.caregate.billing.api;

import java.util.List;

/** The {@code offerings} query's arguments, as sent; see docs/billing.md for each one's meaning. */
public record OfferingQuery(Integer offset, Boolean shouldPaginate, String keywords, String sortBy, String providerId,
                            String offeringId, List<String> offeringIds, Boolean onlyClientVisible, String status,
                            String clientVisibility, String offeringUserGroupId, Boolean showOnlyVisible) {
}
