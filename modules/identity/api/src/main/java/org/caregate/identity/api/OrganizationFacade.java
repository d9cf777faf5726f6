package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/** Organizations: creating them (installation operators) and finding the caller's. */
@Local
public interface OrganizationFacade {

    /**
     * Creates an organization with its owner. Only super admins of the organization that operates the installation
     * may do this (a Caregate addition; Healthie creates organizations by sales contract).
     */
    FoundedOrganization createOrganization(Caller caller, NewOrganization organization);

    /**
     * The organization Healthie's {@code organization} query names: by id, by one or several providers, by a
     * user's email, or the patient's own ({@code forClient}); the caller's own when nothing is named. Only the
     * caller's organization and its sub-organizations are visible.
     */
    OrganizationView organization(Caller caller, String id, String providerId, List<String> providerIds, String email,
                                  Boolean forClient);
}
