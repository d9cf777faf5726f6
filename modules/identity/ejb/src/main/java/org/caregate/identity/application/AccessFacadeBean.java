package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caregate.identity.api.AccessFacade;
import org.caregate.identity.api.ApiKeyView;
import org.caregate.identity.api.IssuedApiKey;
import org.caregate.identity.api.SignedIn;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.ApiKeySecret;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Passwords;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.kernel.id.ApiKeyId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * How callers prove who they are. API keys and sign-in sessions are the same kind of credential: a random secret
 * of which only the hash is stored, acting as one user of one organization until revoked or expired.
 */
@Stateless
public class AccessFacadeBean implements AccessFacade {

    static final Duration SESSION_LENGTH = Duration.ofHours(12);
    private static final String API_KEY = "api_key";
    private static final String INVALID_CREDENTIALS = "Invalid email or password";

    @Inject
    ApiKeyRepository keys;

    @Inject
    UserRepository users;

    @Inject
    AccessLimits limits;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordChanges passwords;

    Clock clock = Clock.systemUTC();

    /**
     * Reads only, so it takes no transaction of its own: every authenticated request asks it before its own work, and
     * one look-up (key, holder and membership joined) answers it.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller authenticate(String presentedKey, String requestId, String clientAddress) {
        byte[] hash = ApiKeySecret.hashOf(presentedKey);
        Instant now = clock.instant();
        ApiKeyRepository.Presented presented = keys.findPresented(hash).filter(p -> p.key().admitsAt(now))
                .orElseThrow(() -> new UnauthenticatedException("Invalid, revoked or expired API key"));
        limits.countRequest(HexFormat.of().formatHex(hash));
        User user = presented.holder();
        if (!user.active()) {
            throw new UnauthenticatedException("The account of this API key is archived");
        }
        Privileges privileges = presented.membership().map(Membership::privileges).orElse(Privileges.NONE);
        return new Caller(user.id(), user.organizationId(), user.role(), privileges, requestId, clientAddress,
                presented.key().id());
    }

    @Override
    public IssuedApiKey createApiKey(Caller caller, String name, String userId, String currentPassword) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        String keyName = inputs.optional("name", name);
        Long holderId = inputs.requiredId("user_id", userId);
        inputs.check();
        User holder = users.find(caller.organizationId(), holderId)
                .filter(u -> u.id().equals(caller.userId()) || caller.isMember())
                .orElseThrow(() -> new NotFoundException("User"));
        boolean own = holder.id().equals(caller.userId());
        if (!own && !Precedence.administers(caller)) {
            throw new ForbiddenException("Only the organization's owner and admins may create API keys for other users");
        }
        Precedence.requireNotOutranked(caller, holder.id(), users.membershipOf(holder.id())
                .map(Membership::privileges).orElse(Privileges.NONE), "create an API key for");
        if (own && presentsSession(caller)) {
            // a key outlives the session: a stolen session must not turn itself into one
            passwords.checkCurrentPassword(holder, currentPassword, "create an API key from a signed-in session",
                    inputs);
            inputs.check();
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = keys.add(ApiKey.issueFor(holder, keyName, secret, clock.instant()));
        audit.record(caller, "api_key.created", API_KEY, key.id().toString());
        return new IssuedApiKey(secret.value(), view(key));
    }

    @Override
    public List<ApiKeyView> apiKeys(Caller caller, String after, Integer pageSize) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        Long afterId = inputs.id("after", after);
        int limit = pageSize == null ? 10 : pageSize;
        if (limit < 1 || limit > 100) {
            inputs.problem("page_size", "must be between 1 and 100");
        }
        inputs.check();
        return keys.apiKeysOf(caller.organizationId(), caller.userId(), afterId, limit).stream()
                .map(AccessFacadeBean::view).toList();
    }

    @Override
    public ApiKeyView revokeApiKey(Caller caller, ApiKeyId id) {
        Access.requireAuthenticated(caller);
        ApiKey key = keys.find(caller.organizationId(), id.value())
                .filter(k -> k.userId().equals(caller.userId()) || caller.privileges().mayEditMembers())
                .orElseThrow(() -> new NotFoundException("API key"));
        Precedence.requireNotOutranked(caller, key.userId(), users.membershipOf(key.userId())
                .map(Membership::privileges).orElse(Privileges.NONE), "revoke a key of");
        key.revoke(clock.instant());
        audit.record(caller, "api_key.revoked", API_KEY, key.id().toString());
        return view(key);
    }

    @Override
    public void signOut(Caller caller) {
        Access.requireAuthenticated(caller);
        ApiKey session = (caller.credentialId() == null ? Optional.<ApiKey>empty()
                : keys.find(caller.organizationId(), caller.credentialId()))
                .filter(key -> key.kind() == ApiKey.Kind.SESSION)
                .orElseThrow(() -> new InvalidInputException("token",
                        "signOut ends a session from signIn; revoke an API key with revokeApiKey"));
        session.revoke(clock.instant());
        audit.record(caller, "user.signed_out", "session", session.id().toString());
    }

    @Override
    public SignedIn signIn(Caller caller, String email, String password) {
        Inputs inputs = new Inputs();
        String address = inputs.required("email", email);
        if (password == null || password.isEmpty()) {
            inputs.problem("password", "can't be blank");
        }
        inputs.check();
        limits.countSignIn(address);
        List<User> candidates = Stream.concat(users.findMembersByEmail(address).stream(),
                        users.findPatientsByEmail(address).stream())
                .filter(u -> u.active() && u.passwordHash() != null).toList();
        Optional<User> account = candidates.stream().filter(u -> Passwords.matches(password, u.passwordHash()))
                .findFirst();
        if (account.isEmpty()) {
            if (candidates.isEmpty()) {
                // as long as a wrong password for an account that exists
                Passwords.matches(password, Passwords.DECOY_HASH);
            }
            throw new InvalidInputException("password", INVALID_CREDENTIALS);
        }
        User user = account.get();
        if (!users.passwordHashForUpdate(user.id()).map(user.passwordHash()::equals).orElse(false)) {
            // the password changed while it was being checked: the old one opens no new session
            throw new InvalidInputException("password", INVALID_CREDENTIALS);
        }
        if (Passwords.needsRehash(user.passwordHash())) {
            users.rehashPassword(user.id(), user.passwordHash(), Passwords.hash(password));
        }
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey session = keys.add(ApiKey.openSession(user, secret, now, now.plus(SESSION_LENGTH)));
        Membership membership = users.membershipOf(user.id()).orElse(null);
        Caller signedIn = caller.actingAs(user.id(), user.organizationId(), user.role(),
                membership != null ? membership.privileges() : Privileges.NONE);
        audit.record(signedIn, "user.signed_in", "session", session.id().toString());
        return new SignedIn(secret.value(), UserViews.of(user, membership));
    }

    /** Whether the caller presented a sign-in session (a person), rather than an API key. */
    private boolean presentsSession(Caller caller) {
        return caller.credentialId() != null && keys.find(caller.organizationId(), caller.credentialId())
                .map(key -> key.kind() == ApiKey.Kind.SESSION).orElse(false);
    }

    private static ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.displayableKey(), key.createdAt(), key.revokedAt());
    }
}
