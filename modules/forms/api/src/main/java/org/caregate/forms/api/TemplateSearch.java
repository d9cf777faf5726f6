package org.caregate.forms.api;

/**
 * What {@code customModuleForms} filters and sorts by.
 *
 * @param archived      list archived templates instead of active ones
 * @param category      {@code charting} or {@code program}, or {@code null} for every template
 * @param keywords      text the name contains, or {@code null}
 * @param sortBy        {@code name_asc} (default), {@code name_desc}, {@code created_at_asc|desc},
 *                      {@code updated_at_asc|desc}
 * @param offset        how many to skip
 * @param shouldPaginate pages of 10 instead of every match
 */
public record TemplateSearch(boolean archived, String category, String keywords, String sortBy, Integer offset,
                             boolean shouldPaginate) {
}
