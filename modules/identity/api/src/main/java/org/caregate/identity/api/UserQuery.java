package org.caregate.identity.api;

/**
 * The arguments of Healthie's {@code users} and {@code usersCount} queries, as sent.
 *
 * @param activeStatus "active", "archived" or {@code null} for both
 * @param shouldPaginate defaults to true: pages of 10 starting at {@code offset}
 * @param showAllByDefault defaults to true; when false, nothing is returned unless keywords are given
 * @param providerId defaults to the caller; only patients that provider has access to
 * @param limitedToProvider defaults to false; when true, only patients whose provider is {@code providerId}
 */
public record UserQuery(Integer offset, String keywords, String sortBy, String activeStatus, String groupId,
                        Boolean showAllByDefault, Boolean shouldPaginate, String providerId,
                        Boolean limitedToProvider, String conversationId, Integer pageSize) {
}
