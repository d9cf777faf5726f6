package org.caregate.outreach.application;

import java.util.Optional;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;

/** People as their welcome or invitation speaks to them: while their account is active and has an email address. */
public class Accounts {

    /** Someone to write to about their account. */
    public record Holder(long organizationId, String email, String name, String clinic) {
    }

    private final PeopleDirectory people;
    private final OrganizationDirectory organizations;

    public Accounts(PeopleDirectory people, OrganizationDirectory organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /** The active user with this id and an email address; empty otherwise. */
    public Optional<Holder> holder(long userId) {
        Optional<Person> found = people.person(userId).filter(p -> p.active() && p.email() != null
                && !p.email().isBlank());
        return found.map(p -> new Holder(p.organizationId(), p.email().strip(), p.fullName(),
                organizations.name(p.organizationId()).orElse(null)));
    }

    /** The organization's name, as emails sign with it. */
    public Optional<String> clinic(long organizationId) {
        return organizations.name(organizationId);
    }
}
