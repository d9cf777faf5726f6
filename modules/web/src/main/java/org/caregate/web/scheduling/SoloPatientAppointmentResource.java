package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.identity.api.UserView;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's appointments of a patient (seed 004 "Appointments"): an EHR books a visit for a patient — named by its
 * own patient id, by HSID (the same EHR id) or by SPID — into a waiting room. Shares {@code /v1/patients} with
 * the patient resource, as JAX-RS matches sub-paths only among classes of the same root path.
 */
@ApplicationScoped
@Path("/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class SoloPatientAppointmentResource {

    static final String EXAMPLE = """
            {"date": 1499441179, "reasons": ["headache"], "duration": 900, "waitingRoom": "my waiting room",
             "externalId": "2e96ed0e-0f80-4dc3-b2c1-42e65b789e56", "episodeOfCareId": "4e96ed0e-0f80-4dc3-b2c1-42e65b789e56",
             "accountNumber": "ABC123456789"}""";

    @EJB
    AppointmentFacade appointments;

    @EJB
    PatientRecordFacade patients;

    @EJB
    VideoVisitFacade visits;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/{patient_id}/appointments")
    @Operation(summary = "Create Appointment", description = "Books a visit for the patient with this EHR id into "
            + "waitingRoom (required) at date (Unix seconds; now when left out) for duration seconds (the room's slot "
            + "duration by default). The visit goes to the first of the room's providers who is free then.")
    public String create(@PathParam("patient_id") String patientId, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appointment", value = EXAMPLE)))
                         String body) {
        return book(patients.patientByExternalId(caller.get(), patientId), body);
    }

    @POST
    @Path("/HSID/{hsid}/appointments")
    @Operation(summary = "Create Appointment with HSID", description = "As Create Appointment, for the patient with "
            + "this Health System ID (the EHR's patient id).")
    public String createByHsid(@PathParam("hsid") String hsid, String body) {
        return book(patients.patientByExternalId(caller.get(), hsid), body);
    }

    @POST
    @Path("/id/type/SPID/value/{solo_patient_id}/appointments")
    @Operation(summary = "Create Appointment with SPID", description = "As Create Appointment, for the patient with "
            + "this Solo patient id.")
    public String createBySoloId(@PathParam("solo_patient_id") String soloPatientId, String body) {
        return book(patients.patientBySoloId(caller.get(), SoloIds.number(soloPatientId, "Patient")), body);
    }

    private String book(UserView patient, String body) {
        AppointmentView booked = appointments.bookIntoWaitingRoom(caller.get(), patient.id(), SoloAppointmentJson.read(body));
        return SoloAppointmentJson.created(booked, visits.links(caller.get(), Long.toString(booked.id())));
    }
}
