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
import org.caregate.kernel.input.Inputs;

/**
 * Setting a user's password, by the user or by someone who manages them. The password must be strong; a user
 * changing their own proves they know the current one (a stolen session alone cannot take the account over); and
 * the change ends the user's other sessions, and a patient's API keys too, so whoever held them is out. Members'
 * API keys stay: they belong to integrations an admin set up and revokes by name.
 */
@Dependent
class PasswordChanges {

    static final String CURRENT_PASSWORD = "current_password";

    @Inject
    ApiKeyRepository keys;

    /** What is wrong with setting {@code password} on {@code user}, reported into {@code inputs}. */
    static void check(Caller caller, User user, String password, String currentPassword, Inputs inputs) {
        Passwords.weakness(password, personalWords(user.firstName(), user.lastName(), user.email()))
                .ifPresent(problem -> inputs.problem("password", problem));
        if (user.id().equals(caller.userId()) && user.passwordHash() != null) {
            if (currentPassword == null || currentPassword.isEmpty()) {
                inputs.problem(CURRENT_PASSWORD, "is required to change your password");
            } else if (!Passwords.matches(currentPassword, user.passwordHash())) {
                inputs.problem(CURRENT_PASSWORD, "is not your current password");
            }
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
