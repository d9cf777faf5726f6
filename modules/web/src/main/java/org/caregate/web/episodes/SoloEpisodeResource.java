package org.caregate.web.episodes;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caregate.episodes.api.EpisodeFacade;
import org.caregate.episodes.api.EpisodeView;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormView;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's single episode of care (seed 004 "Single Episode", "Get list of Appointments for an Episode"): read and
 * revise it, and list the visits grouped into it with whether each has a visit note (a chart note, forms').
 */
@ApplicationScoped
@Path("/v1/episodes/{episode_id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Episodes Of Care")
public class SoloEpisodeResource {

    /** How forms marks the filled form that is an appointment's chart note — Solo's visit note. */
    private static final String CHARTING = "charting";

    @EJB
    EpisodeFacade episodes;

    @EJB
    AppointmentFacade appointments;

    @EJB
    FilledFormFacade filledForms;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Get Episode", description = "The episode with the patient's Solo id and EHR id.")
    public String get(@PathParam("episode_id") @Parameter(description = "The id of the Episode") String episodeId) {
        return SoloEpisodeJson.write(episodes.episode(caller.get(), id(episodeId)));
    }

    @PUT
    @Operation(summary = "Update Episode", description = "Replaces the episode's fields (as Create Episode). Status "
            + "moves PLANNING → WAITLIST, ACTIVE, CANCELED; WAITLIST → ACTIVE, CANCELED; ACTIVE → ONHOLD, FINISHED, "
            + "CANCELED; ONHOLD → ACTIVE, FINISHED, CANCELED; a FINISHED or CANCELED episode no longer changes. "
            + "Answers the episode as Get Episode does.")
    public String update(@PathParam("episode_id") @Parameter(description = "The id of the Episode") String episodeId,
                         String body) {
        Access.requireMember(caller.get());
        EpisodeId id = id(episodeId);
        return SoloEpisodeJson.write(episodes.update(caller.get(), id, SoloEpisodeJson.read(body)));
    }

    @GET
    @Path("/appointments")
    @Operation(summary = "Get list of Appointments for an Episode", description = "The episode and the visits "
            + "grouped into it, by date (Unix seconds), each with hasNotes: whether it has a visit note.")
    public String appointments(@PathParam("episode_id") @Parameter(description = "The id of the Episode")
                               String episodeId) {
        EpisodeView episode = episodes.episode(caller.get(), id(episodeId));
        List<AppointmentView> grouped = appointments.ofEpisode(caller.get(), id(episodeId));
        Set<Long> withNotes = grouped.isEmpty() ? Set.of() : filledForms.forAppointments(caller.get(),
                        grouped.stream().map(AppointmentView::id).toList()).stream()
                .filter(form -> CHARTING.equals(form.appointmentRole())).map(FilledFormView::appointmentId)
                .collect(Collectors.toSet());
        return SoloEpisodeJson.withAppointments(episode, grouped, withNotes);
    }

    /** An episode id in the path: anything but a UUID names no episode. */
    private static EpisodeId id(String raw) {
        return EpisodeId.read(raw).orElseThrow(() -> new NotFoundException("Episode"));
    }
}
