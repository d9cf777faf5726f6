package org.caregate.identity.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A patient as an EHR sends it over the Solo API: the hospital's own patient id, MRN, names, demographics,
 * contact details and the lists kept as sent. Used to create or update; on update a {@code null} field is left
 * as it is.
 */
public record PatientRecord(String externalId, String mrn, String accountNumber, String firstName, String lastName,
                            LocalDate birthDate, String gender, String maritalStatus, String email, String phone,
                            String preferredLanguage, String race, String ethnicity, Boolean active, Boolean deceased,
                            LocalDateTime deceasedAt, Boolean linkedByEmail, String groupType, String groupName,
                            String demographicsJson) {
}
