package org.caregate.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search over an organization's providers and staff ({@code organizationMembers}): keywords over names and email,
 * a state the member is licensed in, an order and a page.
 */
public record MemberSearch(long organizationId, List<String> keywords, String licensedState, Sort sort, int offset,
                           int limit) {

    /** The orders {@code sort_by} accepts. */
    public enum Sort {
        LAST_NAME_ASC, LAST_NAME_DESC, FIRST_NAME_ASC, FIRST_NAME_DESC, EMAIL, CREATED_AT_ASC, CREATED_AT_DESC,
        UPDATED_AT_ASC, UPDATED_AT_DESC;

        /**
         * Healthie's names. Members have no group, and appointments live in another context that a member
         * search cannot order by: the group and next-appointment orders fall back to the name order,
         * {@code provider_name} is the name order.
         */
        private static final Map<String, Sort> NAMES = Map.ofEntries(
                Map.entry("last_name", LAST_NAME_ASC), Map.entry("last_name_asc", LAST_NAME_ASC),
                Map.entry("last_name_desc", LAST_NAME_DESC), Map.entry("first_name_asc", FIRST_NAME_ASC),
                Map.entry("first_name_desc", FIRST_NAME_DESC), Map.entry("email", EMAIL),
                Map.entry("created_at_asc", CREATED_AT_ASC), Map.entry("created_at_desc", CREATED_AT_DESC),
                Map.entry("updated_at_asc", UPDATED_AT_ASC), Map.entry("updated_at_desc", UPDATED_AT_DESC),
                Map.entry("group_name_asc", LAST_NAME_ASC), Map.entry("group_name_desc", LAST_NAME_DESC),
                Map.entry("provider_name_asc", LAST_NAME_ASC), Map.entry("provider_name_desc", LAST_NAME_DESC),
                Map.entry("next_appt_asc", LAST_NAME_ASC), Map.entry("next_appt_desc", LAST_NAME_DESC));

        /** The sort named as Healthie names it, or {@code null} when unknown. */
        public static Sort named(String name) {
            return name == null ? null : NAMES.get(name.strip().toLowerCase(Locale.ROOT));
        }

        public static List<String> names() {
            return NAMES.keySet().stream().sorted().toList();
        }
    }

    public MemberSearch {
        keywords = List.copyOf(keywords);
    }
}
