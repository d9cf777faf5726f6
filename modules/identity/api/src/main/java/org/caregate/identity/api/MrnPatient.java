package org.caregate.identity.api;

import java.util.UUID;

/**
 * The patient a perfect answer names by MRN, after it was created or updated.
 *
 * @param id       the patient's user id (the Solo patient id, SPID)
 * @param publicId the patient id a perfect answer prints: random, given once and kept for good (ADR 25)
 * @param created  whether the call created the patient
 */
public record MrnPatient(long id, UUID publicId, boolean created) {
}
