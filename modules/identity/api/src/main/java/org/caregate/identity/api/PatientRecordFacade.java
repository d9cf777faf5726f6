package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.UUID;
import org.caregate.kernel.Caller;

/**
 * Patients as an EHR keeps them (Solo's patients API): registered under the EHR's own patient id and found by it
 * or by the Solo patient id (SPID), which is the id Healthie's {@code user(id:)} answers to. For providers and staff.
 */
@Local
public interface PatientRecordFacade {

    /** Registers a patient sent by an EHR; returns the Solo patient id (SPID). */
    long registerPatientRecord(Caller caller, PatientRecord record);

    /** The patient known to the EHR by {@code externalId}. */
    UserView patientByExternalId(Caller caller, String externalId);

    /** The patient with the Solo patient id (SPID). */
    UserView patientBySoloId(Caller caller, long soloPatientId);

    /** Updates the patient known to the EHR by {@code externalId}. */
    UserView updatePatientRecord(Caller caller, String externalId, PatientRecord changes);

    /** Updates the patient with the Solo patient id (SPID). */
    UserView updatePatientRecordBySoloId(Caller caller, long soloPatientId, PatientRecord changes);

    /**
     * Solo's perfect answer: creates the patient with the record's MRN (the organization's earliest registered with
     * it, should two share it), or updates that patient with the record's fields. Calls for one MRN of an
     * organization wait for each other until their transactions end, so two of them never create two patients.
     */
    MrnPatient recordPatientByMrn(Caller caller, PatientRecord record);

    /** The Solo patient id (SPID) of the patient a perfect answer printed as {@code publicId}. */
    long patientWithPublicId(Caller caller, UUID publicId);
}
