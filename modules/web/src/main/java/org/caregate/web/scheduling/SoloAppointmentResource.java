package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's appointments (seed 004 "Appointments", "Single Appointment"): an EHR books a visit for a patient — named
 * by its own patient id, by HSID (the same EHR id) or by SPID — into a waiting room, then reads, moves or cancels
 * it. The appointment is the one Healthie's {@code appointment(id:)} shows.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class SoloAppointmentResource {

    static final String EXAMPLE = """
            {"date": 1499441179, "reasons": ["headache"], "duration": 900, "waitingRoom": "my waiting room",
             "externalId": "2e96ed0e-0f80-4dc3-b2c1-42e65b789e56", "episodeOfCareId": "4e96ed0e-0f80-4dc3-b2c1-42e65b789e56",
             "accountNumber": "ABC123456789"}""";

    @EJB
    AppointmentFacade appointments;

    @EJB
    PatientRecordFacade patients;

    @EJB
    IdentityFacade identity;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/patients/{patient_id}/appointments")
    @Operation(summary = "Create Appointment", description = "Books a visit for the patient with this EHR id into "
            + "waitingRoom (required) at date (Unix seconds; now when left out) for duration seconds (the room's slot "
            + "duration by default). The visit goes to the first of the room's providers who is free then.")
    public String create(@PathParam("patient_id") String patientId, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appointment", value = EXAMPLE)))
                         String body) {
        return book(patients.patientByExternalId(caller.get(), patientId), body);
    }

    @POST
    @Path("/patients/HSID/{hsid}/appointments")
    @Operation(summary = "Create Appointment with HSID", description = "As Create Appointment, for the patient with "
            + "this Health System ID (the EHR's patient id).")
    public String createByHsid(@PathParam("hsid") String hsid, String body) {
        return book(patients.patientByExternalId(caller.get(), hsid), body);
    }

    @POST
    @Path("/patients/id/type/SPID/value/{solo_patient_id}/appointments")
    @Operation(summary = "Create Appointment with SPID", description = "As Create Appointment, for the patient with "
            + "this Solo patient id.")
    public String createBySoloId(@PathParam("solo_patient_id") String soloPatientId, String body) {
        return book(patients.patientBySoloId(caller.get(), number(soloPatientId, "Patient")), body);
    }

    @GET
    @Path("/appointments/{appointment_id}")
    @Operation(summary = "Get Appointment", description = "The appointment with its status, patient demographics "
            + "and providers.")
    public String get(@PathParam("appointment_id") String appointmentId) {
        AppointmentView appointment = appointments.appointment(caller.get(), appointmentId(appointmentId), false);
        UserView patient = appointment.patientId() == null ? null : identity.usersWithIds(caller.get(),
                List.of(appointment.patientId())).stream().findFirst().orElse(null);
        List<Long> providerIds = new ArrayList<>();
        if (appointment.providerId() != null) {
            providerIds.add(appointment.providerId());
        }
        providerIds.addAll(appointment.additionalProviderIds());
        return SoloAppointmentJson.write(appointment, patient, identity.usersWithIds(caller.get(), providerIds));
    }

    @PUT
    @Path("/appointments/{appointment_id}")
    @Operation(summary = "Update Appointment", description = "Moves (date, duration), cancels (status: only "
            + "\"cancelled\") or re-describes (reasons, externalId, accountNumber) an appointment.")
    public String update(@PathParam("appointment_id") String appointmentId, String body) {
        return SoloAppointmentJson.created(appointments.changeForEhr(caller.get(), appointmentId(appointmentId),
                SoloAppointmentJson.read(body)));
    }

    private String book(UserView patient, String body) {
        return SoloAppointmentJson.created(appointments.bookIntoWaitingRoom(caller.get(), patient.id(),
                SoloAppointmentJson.read(body)));
    }

    private static String appointmentId(String id) {
        return Long.toString(number(id, "Appointment"));
    }

    private static long number(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what);
        }
    }
}
