package org.caregate.identity.api;

import java.util.List;

/** A provider ("Standard", the default) or staff member ("Support") added to an organization. */
public record NewMember(String organizationId, String firstName, String lastName, String email, String password,
                        String title, String orgRole, Boolean sendInviteEmail, String phoneNumber, String timezone,
                        List<String> licensedStates) {
}
