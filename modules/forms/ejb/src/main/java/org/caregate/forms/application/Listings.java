package org.caregate.forms.application;

import org.caregate.forms.domain.TemplateOrder;
import org.caregate.kernel.input.Inputs;

/** How lists of templates and flows read their keywords, order and offset: pages of 10 with {@code should_paginate}. */
final class Listings {

    static final int PAGE_SIZE = 10;

    private Listings() {
    }

    /** {@code sort_by}: {@code name_asc} when absent; an unknown order is recorded. */
    static TemplateOrder order(Inputs inputs, String sortBy) {
        if (sortBy == null || sortBy.isBlank()) {
            return TemplateOrder.NAME_ASC;
        }
        TemplateOrder order = TemplateOrder.named(sortBy).orElse(null);
        if (order == null) {
            inputs.problem("sort_by", "must be name_asc, name_desc, created_at_asc, created_at_desc, "
                    + "updated_at_asc or updated_at_desc");
        }
        return order;
    }

    /** {@code keywords}, trimmed; {@code null} when absent or blank. */
    static String keywords(String keywords) {
        return keywords == null || keywords.isBlank() ? null : keywords.strip();
    }

    /** {@code offset}: 0 when absent; a negative one is recorded. */
    static int offset(Inputs inputs, Integer offset) {
        int start = offset == null ? 0 : offset;
        if (start < 0) {
            inputs.problem("offset", "must not be negative");
        }
        return start;
    }
}
