package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Patients and members of the caller's organization. Each method decides what the caller may do: members
 * (providers, staff) manage their organization's patients; a patient sees and changes only their own record.
 * Refusals are {@link org.caregate.kernel.error.CaregateException}s and change nothing.
 */
@Local
public interface IdentityFacade {

    /** A provider or staff member adds a patient ({@code createClient}). */
    UserView createClient(Caller caller, NewClient client);

    /** A person signs up as a patient of a provider ({@code signUp}); needs no credentials. */
    UserView signUp(Caller caller, SignUp signUp);

    /**
     * The user with this id, or the caller when {@code orCurrentUser} and the id is missing or not visible.
     */
    UserView user(Caller caller, String id, boolean orCurrentUser);

    /** The users with these ids that the caller may see, in the order given (unknown ids are left out). */
    List<UserView> usersWithIds(Caller caller, List<Long> ids);

    /** A member changes a patient's record ({@code updateClient}). */
    UserView updateClient(Caller caller, ClientChanges changes);

    /** A patient changes their own record, or a member a patient's ({@code updateUser}). */
    UserView updateUser(Caller caller, ClientChanges changes);

    /** Archives or reactivates, or regroups, several patients at once ({@code bulkUpdateClients}). */
    List<UserView> bulkUpdateClients(Caller caller, List<String> ids, String userGroupId, Boolean activeStatus);

    /** The organization's patients matching the query ({@code users}). */
    List<UserView> users(Caller caller, UserQuery query);

    /** How many patients match the query, ignoring paging ({@code usersCount}). */
    long usersCount(Caller caller, UserQuery query);
}
