package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.identity.api.event.PatientEvent;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.identity.domain.UserGroupRepository;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Inputs;

/** Looks people up for other contexts, and registers patients who book without an account. */
@Stateless
public class PeopleDirectoryBean implements PeopleDirectory {

    @Inject
    UserRepository users;

    @Inject
    UserGroupRepository groups;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<Person> person(long userId) {
        return users.findAnywhere(userId).map(PeopleDirectoryBean::person);
    }

    @Override
    public List<Person> people(Collection<Long> userIds) {
        List<Person> found = new ArrayList<>();
        for (Long id : userIds) {
            users.findAnywhere(id).map(PeopleDirectoryBean::person).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public Optional<Person> byExternalId(long organizationId, String externalId) {
        return users.findByExternalId(organizationId, externalId).map(PeopleDirectoryBean::person);
    }

    @Override
    public List<Person> membersOf(long organizationId) {
        return users.findActiveMembers(organizationId).stream().map(PeopleDirectoryBean::person).toList();
    }

    @Override
    public boolean hasGroup(long organizationId, long groupId) {
        return groups.find(organizationId, groupId).isPresent();
    }

    @Override
    public void placeInGroup(Caller caller, long organizationId, long patientId, long groupId) {
        User patient = users.findForUpdate(organizationId, patientId).filter(User::isPatient)
                .orElseThrow(() -> new NotFoundException("Client"));
        UserGroup group = groups.find(organizationId, groupId).orElseThrow(() -> new NotFoundException("Group"));
        if (!group.id().equals(patient.userGroupId())) {
            patient.joinGroup(group.id(), clock.instant());
            events.publish(caller, new PatientEvent(PatientEvent.Action.UPDATED, patient.id(), List.of("user_group_id")));
        }
    }

    @Override
    public Person patientForBooking(Caller caller, long organizationId, BookingPatient patient, Long groupOfNewPatient) {
        Inputs inputs = new Inputs();
        String first = inputs.required("first_name", patient.firstName());
        String last = inputs.required("last_name", patient.lastName());
        String email = inputs.email("email", patient.email(), true);
        String phone = inputs.optional("phone_number", patient.phoneNumber());
        String timezone = inputs.timezone("timezone", patient.timezone());
        inputs.check();

        PersonName name = new PersonName(first, last);
        Optional<User> known = users.findPatient(organizationId, email, name);
        if (known.isPresent()) {
            return person(known.get());
        }
        Instant now = clock.instant();
        User registered = User.registerPatient(organizationId, name, null, now);
        registered.changeEmail(email, now);
        registered.changePhoneNumber(phone, now);
        registered.moveToTimezone(timezone, now);
        if (groupOfNewPatient != null) {
            registered.joinGroup(groups.find(organizationId, groupOfNewPatient)
                    .orElseThrow(() -> new NotFoundException("Group")).id(), now);
        }
        new PatientRules(users).add(registered);
        events.publish(caller.actingAs(registered.id(), organizationId, Role.PATIENT, caller.privileges()),
                PatientEvent.of(PatientEvent.Action.CREATED, registered.id()));
        return person(registered);
    }

    private static Person person(User user) {
        return new Person(user.id(), user.organizationId(), user.isPatient(), user.firstName(), user.lastName(),
                user.email(), user.phoneNumber(), user.timezone(), user.active(), user.userGroupId(), user.externalId());
    }
}
