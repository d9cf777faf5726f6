package org.caregate.identity.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The random patient ids Solo's perfect answer prints (ADR 25), and the lock that serialises perfect answers for one
 * MRN of an organization.
 */
public interface PatientPublicIds {

    /** Waits, until the transaction ends, for any other transaction recording a patient with this MRN. */
    void lockMrn(long organizationId, String mrn);

    /** The patient's public id, given now if it had none. */
    UUID publicIdOf(long organizationId, long userId);

    /** The organization's patient with this public id. */
    Optional<Long> patientWithPublicId(long organizationId, UUID publicId);
}
