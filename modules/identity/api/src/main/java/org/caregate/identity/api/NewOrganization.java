package org.caregate.identity.api;

/**
 * An organization an installation operator creates, with its owner (who receives the first API key). With a
 * parent, the organization is a sub-organization whose data its parent's members may see.
 */
public record NewOrganization(String name, String parentId, String ownerFirstName, String ownerLastName,
                              String ownerEmail, String phoneNumber, String taxId, String taxIdType, String npi,
                              String city, String country) {
}
