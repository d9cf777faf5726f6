package org.caregate.web.episodes;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caregate.episodes.api.EpisodeFacade;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.kernel.id.UserId;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's episodes of care of a patient (seed 004 "Episodes"): the EHR opens and lists them for the patient it knows
 * by its own patient id, as the other {@code /v1/patients/{patient_id}} endpoints name patients.
 */
@ApplicationScoped
@Path("/v1/patients/{patient_id}/episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Episodes Of Care")
public class SoloPatientEpisodeResource {

    static final String EXAMPLE = """
            {"name": "covid care", "type": "covid", "from": "2023-03-29", "to": "2023-04-29", "status": "ACTIVE",
             "objective": "care covid patient"}""";

    @EJB
    EpisodeFacade episodes;

    @EJB
    PatientRecordFacade patients;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Create Episode", description = "Opens an episode of care for the patient: name, type and "
            + "from (YYYY-MM-DD) required, to not before from, status one of PLANNING, WAITLIST, ACTIVE, ONHOLD, "
            + "FINISHED, CANCELED, reasonIncomplete only with ONHOLD or CANCELED. Answers the episode's id.")
    public String create(@PathParam("patient_id") @Parameter(description = "The id of the Patient") String patientId,
                         @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "episode", value = EXAMPLE))) String body) {
        UserId patient = new UserId(patients.patientByExternalId(caller.get(), patientId).id());
        return SoloEpisodeJson.created(episodes.create(caller.get(), patient, SoloEpisodeJson.read(body)));
    }

    @GET
    @Operation(summary = "Get list of Episodes for patient", description = "The patient's episodes of care, by "
            + "start; status in lower case.")
    public String list(@PathParam("patient_id") @Parameter(description = "The id of the Patient") String patientId) {
        UserId patient = new UserId(patients.patientByExternalId(caller.get(), patientId).id());
        return SoloEpisodeJson.list(episodes.ofPatient(caller.get(), patient));
    }
}
