package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.ApiKeyId;

/** How callers prove who they are: API keys, passwords and sign-in sessions. */
@Local
public interface AccessFacade {

    /**
     * The caller a presented key or session token stands for.
     *
     * @throws org.caregate.kernel.error.UnauthenticatedException for an unknown, revoked or expired key
     * @throws org.caregate.kernel.error.TooManyRequestsException past 250 requests per second for the key
     */
    Caller authenticate(String presentedKey, String requestId, String clientAddress);

    /**
     * Issues an API key for {@code userId}: the caller, or a user the organization's owner or an admin manages. A
     * caller signed in with a session proves its {@code currentPassword}, as a key outlives the session.
     */
    IssuedApiKey createApiKey(Caller caller, String name, String userId, String currentPassword);

    /** The caller's API keys, newest first. */
    List<ApiKeyView> apiKeys(Caller caller, String after, Integer pageSize);

    /** Revokes one of the caller's keys (or, for admins, of their organization's). */
    ApiKeyView revokeApiKey(Caller caller, ApiKeyId id);

    /** Ends the sign-in session the caller presented; an API key is revoked with {@link #revokeApiKey} instead. */
    void signOut(Caller caller);

    /**
     * Signs a person in with email and password and opens a session.
     *
     * @throws org.caregate.kernel.error.TooManyRequestsException past 100 attempts per minute for the email
     */
    SignedIn signIn(Caller caller, String email, String password);
}
