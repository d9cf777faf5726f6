package org.caregate.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.Passwords;
import org.caregate.identity.domain.User;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.input.Inputs;

/**
 * Setting a user's password, by the user or by someone who manages them. The password must be strong; a user
 * changing their own proves they know the current one (a stolen session alone cannot take the account over), and
 * such proofs are counted like sign-ins, so they cannot be used to guess it; another member's password is set only
 * by the organization's owner and admins; and the change ends the user's other sessions, and a patient's API keys
 * too, so whoever held them is out. Members' API keys stay: they belong to integrations an admin set up and revokes
 * by name.
 */
@Dependent
class PasswordChanges {

    static final String CURRENT_PASSWORD = "current_password";

    @Inject
    ApiKeyRepository keys;

    @Inject
    AccessLimits limits;

    /**
     * What is wrong with setting {@code password} on {@code user}, reported into {@code inputs}.
     *
     * @throws ForbiddenException when the user is another member and the caller neither owns nor administers
     */
    void check(Caller caller, User user, String password, String currentPassword, Inputs inputs) {
        boolean own = user.id().equals(caller.userId());
        if (!own && !user.isPatient() && !Precedence.administers(caller)) {
            throw new ForbiddenException("Only the organization's owner and admins may set another member's password");
        }
        Passwords.weakness(password, personalWords(user.firstName(), user.lastName(), user.email()))
                .ifPresent(problem -> inputs.problem("password", problem));
        if (own && user.passwordHash() != null) {
            checkCurrentPassword(user, currentPassword, "change your password", inputs);
        }
    }

    /**
     * Whether the caller proved it knows the user's current password, reported into {@code inputs}; every proof
     * offered counts against the user's sign-in attempts.
     *
     * @param purpose what the proof is for, as in "is required to {@code purpose}"
     */
    void checkCurrentPassword(User user, String currentPassword, String purpose, Inputs inputs) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            inputs.problem(CURRENT_PASSWORD, "is required to " + purpose);
            return;
        }
        limits.countSignIn(user.email() != null ? user.email() : "user " + user.id());
        if (!Passwords.matches(currentPassword, user.passwordHash())) {
            inputs.problem(CURRENT_PASSWORD, "is not your current password");
        }
    }

    /** Sets the password and ends the credentials it should, all but the one the caller presents. */
    void apply(Caller caller, User user, String password, Instant now) {
        user.changePassword(Passwords.hash(password), now);
        for (ApiKey credential : keys.liveCredentialsOf(user.organizationId(), user.id())) {
            boolean presented = credential.id().equals(caller.credentialId());
            if (!presented && (credential.kind() == ApiKey.Kind.SESSION || user.isPatient())) {
                credential.revoke(now);
            }
        }
    }

    /** The words a password must not be built on: the person's names and email. */
    static List<String> personalWords(String first, String last, String email) {
        List<String> words = new ArrayList<>();
        for (String word : new String[] {first, last, email}) {
            if (word != null) {
                words.add(word);
            }
        }
        if (email != null && email.contains("@")) {
            words.add(email.substring(0, email.indexOf('@')));
        }
        return words;
    }
}
