package org.caregate.identity.application;

import org.caregate.identity.api.UserView;
import org.caregate.identity.domain.EhrDemographics;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.User;

/** Turns users into the views callers receive. */
final class UserViews {

    private UserViews() {
    }

    static UserView of(User user, Membership membership) {
        EhrDemographics ehr = user.ehrDemographics();
        return new UserView(user.id(), user.organizationId(), user.isPatient(),
                membership != null ? membership.orgRole() : null, membership != null && membership.isOwner(),
                user.firstName(), user.lastName(), user.legalName(), user.email(), user.phoneNumber(), user.dob(),
                user.gender(), user.timezone(), user.recordIdentifier(), user.npi(), user.active(),
                user.dietitianId(), user.userGroupId(), user.externalId(), ehr.mrn(), ehr.accountNumber(), ehr.maritalStatus(),
                ehr.preferredLanguage(), ehr.race(), ehr.ethnicity(), ehr.deceased(), ehr.deceasedAt(),
                ehr.linkedByEmail(), ehr.sharedEmailGroupType(), ehr.sharedEmailGroupName(), ehr.documentJson(),
                user.createdAt(), user.updatedAt());
    }
}
