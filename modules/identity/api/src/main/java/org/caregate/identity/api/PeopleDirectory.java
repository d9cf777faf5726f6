package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.kernel.Caller;

/**
 * The people directory other contexts consult: they look people up by id to check that a provider or patient
 * exists and belongs to the caller's organization — the deciding is theirs. Not for web adapters.
 */
@Local
public interface PeopleDirectory {

    /** The user with this id, in whatever organization. */
    Optional<Person> person(long userId);

    /** The users with these ids that exist, in the order given. */
    List<Person> people(Collection<Long> userIds);

    /** The organization's user an EHR or another system knows by this id of its own. */
    Optional<Person> byExternalId(long organizationId, String externalId);

    /** The active providers and staff of an organization. */
    List<Person> membersOf(long organizationId);

    /** Whether the organization has a patient group with this id. */
    boolean hasGroup(long organizationId, long groupId);

    /** Places the organization's patient in one of its groups (booking an appointment type that does so). */
    void placeInGroup(Caller caller, long organizationId, long patientId, long groupId);

    /**
     * The patient of the organization with this email and name, registered now if there is none (a patient
     * booking without an account). Patients are matched on email and full name together, as patients who share
     * an email (a family) are told apart by name. A patient found is returned as their record stands: nothing a
     * caller without an account says changes it. A patient registered now joins {@code groupOfNewPatient} when
     * one is given (the group the booked appointment type places its patients in).
     */
    Person patientForBooking(Caller caller, long organizationId, BookingPatient patient, Long groupOfNewPatient);
}
