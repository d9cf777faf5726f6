package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Patients by the hospital's medical record number, for contexts that place patients in rooms (virtual nursing).
 * Every look-up names the organization it searches; another organization's patient is not found.
 */
@Local
public interface PatientCharts {

    /** The organization's patient with this MRN (the earliest registered, should two share it). */
    Optional<ChartedPatient> byMrn(long organizationId, String mrn);

    /** The organization's patient with this id. */
    Optional<ChartedPatient> patient(long organizationId, long patientId);
}
