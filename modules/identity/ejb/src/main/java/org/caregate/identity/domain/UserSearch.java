package org.caregate.identity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search over an organization's patients as Healthie's {@code users} query describes it: keywords (every term
 * must match one of id, first/last/legal name, record identifier, email, date of birth or NPI), active status,
 * provider, sort order and paging.
 *
 * @param organizationId  the organization searched
 * @param keywords        the terms, split on whitespace; empty matches everyone
 * @param activeStatus    {@code true} active only, {@code false} archived only, {@code null} both
 * @param providerId      only patients of this provider ({@code dietitian_id}), or {@code null}
 * @param groupId         only patients of this group, or {@code null}
 * @param patientsOnly    whether to return patients only
 * @param sort            the order
 * @param offset          how many to skip
 * @param limit           at most how many to return; {@code null} for all
 */
public record UserSearch(long organizationId, List<String> keywords, Boolean activeStatus, Long providerId,
                         Long groupId, boolean patientsOnly, Sort sort, int offset, Integer limit) {

    /** Healthie's page size for offset pagination. */
    public static final int PAGE_SIZE = 10;

    /** The orders {@code sort_by} accepts. */
    public enum Sort {
        LAST_NAME_ASC("last_name", true), LAST_NAME_DESC("last_name", false),
        FIRST_NAME_ASC("first_name", true), FIRST_NAME_DESC("first_name", false),
        EMAIL_ASC("email", true), EMAIL_DESC("email", false),
        CREATED_AT_ASC("created_at", true), CREATED_AT_DESC("created_at", false),
        UPDATED_AT_ASC("updated_at", true), UPDATED_AT_DESC("updated_at", false);

        private static final Map<String, Sort> BY_NAME = Arrays.stream(values())
                .collect(java.util.stream.Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT), s -> s));

        private final String property;
        private final boolean ascending;

        Sort(String property, boolean ascending) {
            this.property = property;
            this.ascending = ascending;
        }

        /** The sort named as Healthie names it ({@code last_name_desc}), or {@code null} when unknown. */
        public static Sort named(String name) {
            return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        }

        public String property() {
            return property;
        }

        public boolean ascending() {
            return ascending;
        }

        /** The names clients may send, for error messages. */
        public static List<String> names() {
            return new ArrayList<>(BY_NAME.keySet()).stream().sorted().toList();
        }
    }

    public UserSearch {
        keywords = List.copyOf(keywords);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The same search without paging, for counting. */
    public UserSearch unpaged() {
        return new UserSearch(organizationId, keywords, activeStatus, providerId, groupId, patientsOnly, sort, 0, null);
    }

    /** Splits a keywords argument into terms. */
    public static List<String> terms(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.strip().split("\\s+")).toList();
    }
}
