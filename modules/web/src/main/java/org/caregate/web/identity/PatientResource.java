package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's patients (seed 004 "Patients"): an EHR creates a patient under its own id and gets back the Solo
 * patient id (SPID), then reads and updates it by either id. The SPID is the id Healthie's {@code user(id:)}
 * answers to.
 */
@ApplicationScoped
@Path("/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {

    /** The seed's example patient, shown in the OpenAPI document. */
    static final String EXAMPLE = """
            {"id": "patientId", "mrn": "MRN-123", "accountNumber": "A-123",
             "name": [{"use": "usual", "family": "Mike Shinoda", "firstName": "Mike", "middleName": "", "lastName": "Shinoda", "alias": ""}],
             "birthDate": "1983-08-15", "gender": "male", "maritalStatus": "married",
             "telecom": [{"use": "home", "system": "phone", "value": "+1 (111) 111-1111"},
                         {"use": "home", "system": "email", "value": "mike_zzzzzzz@company.com"}],
             "contact": [], "preferredLanguage": "English", "race": "White", "ethnicity": "not Hispanic or Latino",
             "address": [{"city": "New York", "use": "home", "apartment": "", "country": "USA", "state": "NY",
                          "postalcode": "10019", "line": ["123 Main St", ""]}],
             "active": true, "deceased": true, "deceasedAt": "2020-03-31 10:12 AM", "isLinkedByEmail": false,
             "sharedEmailGroup": null}""";

    @EJB
    PatientRecordFacade patients;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Create Patient", description = "Field id (the EHR's patient id) is required; deceasedAt "
            + "is required if deceased is true and refused otherwise. Returns the Solo patient id (SPID).")
    @APIResponse(responseCode = "200", description = "the Solo patient id, e.g. 12345")
    @APIResponse(responseCode = "400", description = "{\"error\": {\"message\": \"Bad parameters [...]\"}}")
    public String create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "patient", value = EXAMPLE))) String body) {
        return Long.toString(patients.registerPatientRecord(caller.get(), SoloPatientJson.read(body, true)));
    }

    @GET
    @Path("/{patient_id}")
    @Operation(summary = "Get Patient", description = "Patient demographics by the EHR's patient id.")
    @APIResponse(responseCode = "200", description = "the patient", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "patient", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "{\"error\": {\"message\": \"Patient not found\"}}")
    public String get(@PathParam("patient_id") @Parameter(description = "The id of the Patient") String patientId) {
        return SoloPatientJson.write(patients.patientByExternalId(caller.get(), patientId), true);
    }

    @PUT
    @Path("/{patient_id}")
    @Operation(summary = "Update Patient", description = "All fields optional; deceasedAt is required if deceased "
            + "is true and refused otherwise.")
    public String update(@PathParam("patient_id") String patientId, String body) {
        patients.updatePatientRecord(caller.get(), patientId, SoloPatientJson.read(body, false));
        return "[]";
    }

    @GET
    @Path("/id/type/SPID/value/{solo_patient_id}")
    @Operation(summary = "Get Patient with SPID", description = "Patient demographics by the Solo patient id.")
    public String getBySoloId(@PathParam("solo_patient_id") String soloPatientId) {
        return SoloPatientJson.write(patients.patientBySoloId(caller.get(), spid(soloPatientId)), false);
    }

    @PUT
    @Path("/id/type/SPID/value/{solo_patient_id}")
    @Operation(summary = "Update Patient with SPID")
    public String updateBySoloId(@PathParam("solo_patient_id") String soloPatientId, String body) {
        patients.updatePatientRecordBySoloId(caller.get(), spid(soloPatientId), SoloPatientJson.read(body, false));
        return "[]";
    }

    /** A Solo patient id, or the patient id a perfect answer printed (ADR 25). */
    private long spid(String value) {
        if (org.caregate.web.solo.SoloIds.isUuid(value)) {
            return patients.patientWithPublicId(caller.get(), java.util.UUID.fromString(value));
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Patient");
        }
    }
}
