package org.caregate.identity.api;

import java.time.LocalDate;

/**
 * A patient as a hospital's systems chart them: the hospital's medical record number, names and date of birth, as
 * virtual nursing shows the patient placed in a room.
 *
 * @param dob the date of birth, or {@code null} when it was never recorded
 * @param mrn the medical record number, or {@code null} when the EHR sent none
 */
public record ChartedPatient(long id, String firstName, String lastName, LocalDate dob, String mrn) {
}
