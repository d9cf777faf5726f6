package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/** The organization's providers and staff: adding, listing, changing and removing members. */
@Local
public interface MembershipFacade {

    /** Adds a member; for super admins and members who may add members. */
    MembershipView createMembership(Caller caller, NewMember member);

    /**
     * The organization's members whose name or email contains every keyword.
     *
     * @param sortBy Healthie's options; default {@code last_name}
     * @param licensedInState two-letter state code, or {@code null}
     */
    List<MembershipView> members(Caller caller, Integer offset, Integer pageSize, String keywords, String sortBy,
                                 String licensedInState, String conversationId);

    /** Changes a membership; for super admins and members who may edit members. */
    MembershipView updateMembership(Caller caller, MemberChanges changes);

    /** Removes a member (their account is deactivated, never deleted); super admins only. */
    MembershipView deleteMembership(Caller caller, String id);

    /** Whether the user holds an API key that still works. */
    boolean hasApiAccess(Caller caller, long userId);
}
