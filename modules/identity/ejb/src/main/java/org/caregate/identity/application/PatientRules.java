package org.caregate.identity.application;

import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Healthie's account uniqueness for patients — one per organization, email, first and last name — checked before
 * a patient is added or renamed, and decided by the database's unique index when two requests race.
 */
final class PatientRules {

    private static final String DUPLICATE = "A client with this email, first name and last name already exists";

    private final UserRepository users;

    PatientRules(UserRepository users) {
        this.users = users;
    }

    /** Refuses when another patient ({@code self} excepted) has this email and name. */
    void requireUnique(long organizationId, String email, PersonName name, Long self) {
        if (email == null) {
            return;
        }
        users.findPatient(organizationId, email, name)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new InvalidInputException("email", DUPLICATE);
                });
    }

    /** Adds the patient; when a concurrent request registered the same person first, the unique index refuses. */
    void add(User patient) {
        try {
            users.add(patient);
        } catch (AlreadyTaken e) {
            throw new InvalidInputException("email", DUPLICATE);
        }
    }
}
