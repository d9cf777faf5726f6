package org.caregate.identity.api;

import java.time.Instant;

/** An organization as its members see it. */
public record OrganizationView(long id, String name, Long parentId, String phoneNumber, String taxId,
                               String taxIdType, String npi, String city, String country, Instant createdAt) {
}
