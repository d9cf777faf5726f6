package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.UserGroupId;

/** Patient groups (Healthie's User Groups), for providers and staff of the organization. */
@Local
public interface GroupFacade {

    GroupView createGroup(Caller caller, String name);

    GroupView group(Caller caller, UserGroupId id);

    /** The group of a user the caller may see (a patient: only their own), if the user is in one. */
    java.util.Optional<GroupView> groupOf(Caller caller, long userId);

    GroupView updateGroup(Caller caller, UserGroupId id, String name, String onboardingFlowId);

    /** Deletes the group; its patients move to {@code groupToReceiveClients}, or into no group. */
    GroupView deleteGroup(Caller caller, UserGroupId id, String groupToReceiveClients);

    /**
     * The organization's groups whose name contains every keyword.
     *
     * @param sortBy "name" (default), "invite_code", "created_at_asc|desc", "group_name_asc|desc",
     *               "users_count_asc|desc"
     * @param shouldPaginate defaults to false; when true, pages of 10 from {@code offset}
     */
    List<GroupView> groups(Caller caller, Integer offset, String keywords, String sortBy, Boolean shouldPaginate,
                           Integer pageSize);

    long groupsCount(Caller caller, String keywords);
}
