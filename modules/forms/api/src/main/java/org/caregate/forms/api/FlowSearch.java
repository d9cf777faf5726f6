package org.caregate.forms.api;

/**
 * What {@code onboardingFlows} filters and sorts by.
 *
 * @param keywords       text the name contains, or {@code null}
 * @param sortBy         {@code name_asc} (default), {@code name_desc}, {@code created_at_asc|desc},
 *                       {@code updated_at_asc|desc}
 * @param offset         how many to skip
 * @param shouldPaginate pages of 10 instead of every match
 */
public record FlowSearch(String keywords, String sortBy, Integer offset, boolean shouldPaginate) {
}
