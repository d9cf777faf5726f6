package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * What other contexts need to know about organizations without a caller: where one sits among its parents (events of
 * a sub-organization also reach its parents' subscriptions) and whom to tell when something of theirs goes wrong.
 * Not for web adapters.
 */
@Local
public interface OrganizationDirectory {

    /** The organization and its parents, the organization first; empty when there is no such organization. */
    List<Long> lineage(long organizationId);

    /** Whether this is the installation's operating organization, whose super admins run the installation. */
    boolean isOperator(long organizationId);

    /** The organization's name, as patients know the practice. */
    java.util.Optional<String> name(long organizationId);

    /** The email addresses of the organization's active owners, for notices about the organization's set-up. */
    List<String> ownerEmails(long organizationId);
}
