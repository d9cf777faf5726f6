package org.caregate.identity.api;

/** A new organization, its owner, and the owner's first API key (shown this once). */
public record FoundedOrganization(OrganizationView organization, UserView owner, String ownerApiKey) {

    @Override
    public String toString() {
        return "FoundedOrganization[" + organization.id() + "]";
    }
}
