package org.caregate.identity.domain;

import java.time.LocalDateTime;

/**
 * What a hospital's record system knows about a patient beyond name and contact details: medical record number,
 * account number, marital status, language, race and ethnicity, death, and whether the patient shares an email
 * with a family group. {@code documentJson} keeps Solo's lists (names, telecoms, contacts, addresses) as sent.
 */
public record EhrDemographics(String mrn, String accountNumber, String maritalStatus, String preferredLanguage,
                              String race, String ethnicity, boolean deceased, LocalDateTime deceasedAt,
                              boolean linkedByEmail, String sharedEmailGroupType, String sharedEmailGroupName,
                              String documentJson) {

    public EhrDemographics {
        if (deceasedAt != null && !deceased) {
            throw new IllegalArgumentException("deceasedAt is only allowed when deceased is true");
        }
        if (deceased && deceasedAt == null) {
            throw new IllegalArgumentException("deceasedAt is required when deceased is true");
        }
        if (documentJson == null) {
            documentJson = "{}";
        }
    }
}
