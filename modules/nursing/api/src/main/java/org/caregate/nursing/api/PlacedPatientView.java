package org.caregate.nursing.api;

import java.time.LocalDate;

/**
 * The patient placed at a care location.
 *
 * @param dob the date of birth, or {@code null} when never recorded
 * @param mrn the medical record number the patient was placed by
 */
public record PlacedPatientView(long id, String firstName, String lastName, LocalDate dob, String mrn) {
}
