package org.caregate.identity.api;

import java.util.List;

/**
 * A provider's or staff member's membership of their organization (Healthie's {@code OrganizationMembership});
 * its id is the member's user id.
 */
public record MembershipView(long id, UserView user, String orgRole, String title, boolean isOwner, boolean isAdmin,
                             boolean isSuperAdmin, boolean isDeveloper, boolean canAddMembers, boolean canEditMembers,
                             boolean canSeeCalendar, boolean canEditForms, List<String> licensedStates) {
}
