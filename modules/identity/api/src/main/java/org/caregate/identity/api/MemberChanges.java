package org.caregate.identity.api;

import java.util.List;

/**
 * Changes to a membership ({@code updateOrganizationMembership}); {@code null} leaves a field as it is.
 * {@code active false} deactivates the member's account (their keys stop working). A member changing their own
 * password sends their {@code currentPassword} with it. {@code organizationId}, when sent, must be the member's own
 * organization: a membership does not move between organizations.
 */
public record MemberChanges(String id, String firstName, String lastName, String email, String password,
                            String currentPassword, String title,
                            String orgRole, Boolean sendInviteEmail, String phoneNumber, String timezone,
                            Boolean active, Boolean isDeveloper, Boolean isAdmin, Boolean canAddMembers,
                            Boolean canEditMembers, Boolean canSeeCalendar, Boolean canEditForms,
                            List<String> licensedStates, String organizationId) {
}
