package org.caregate.web.episodes;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's "Reassign Episode to Appointment" (seed 004): groups a visit into an episode of care of its own patient,
 * or, with no {@code episodeId}, takes it out of its episode.
 */
@ApplicationScoped
@Path("/v1/appointments/{appointment_id}/episode/assign")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Episodes Of Care")
public class SoloAppointmentEpisodeResource {

    @EJB
    AppointmentFacade appointments;

    @Inject
    CurrentCaller caller;

    @PUT
    @Operation(summary = "Reassign Episode to Appointment", description = "episodeId names an episode of the "
            + "appointment's patient (another organization's is not found); without it the appointment leaves its "
            + "episode. Answers the appointment's id and its episodeOfCareId.")
    public String assign(@PathParam("appointment_id") @Parameter(description = "The id of the Appointment")
                         String appointmentId, String body) {
        Access.requireMember(caller.get());
        AppointmentId id = AppointmentId.parse("id", Long.toString(SoloIds.number(appointmentId, "Appointment")));
        String episodeId = body == null || body.isBlank() ? null : SoloEpisodeJson.episodeId(body);
        AppointmentView assigned = appointments.assignEpisode(caller.get(), id, episodeId);
        return SoloEpisodeJson.assigned(assigned);
    }
}
