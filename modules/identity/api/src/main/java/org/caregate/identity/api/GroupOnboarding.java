package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/**
 * Which onboarding flow each patient group uses (Healthie's {@code userGroup.onboarding_flow_id}): a port identity
 * declares and the forms context implements, so that identity never compiles against forms. Forms keeps the one
 * record of a group's flow; identity reads and changes it through this port, inside its own transaction.
 */
@Local
public interface GroupOnboarding {

    /** The flow each of the organization's groups uses, for those of {@code groupIds} that use one. */
    Map<Long, Long> flowsOf(long organizationId, Collection<Long> groupIds);

    /**
     * Makes the organization's group use the organization's flow instead of any other.
     *
     * @return false, changing nothing, when the organization has no flow with that id
     */
    boolean attach(long organizationId, long groupId, long flowId);

    /** The group is gone: it uses no flow any more. */
    void forget(long organizationId, long groupId);
}
