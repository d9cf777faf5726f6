package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.visits.api.VisitLinks;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's single appointment (seed 004 "Single Appointment"): an EHR reads, moves or cancels a visit it booked
 * (see {@link SoloPatientAppointmentResource}). The appointment is the one Healthie's {@code appointment(id:)} shows.
 */
@ApplicationScoped
@Path("/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
public class SoloAppointmentResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    AppointmentFacade appointments;

    @EJB
    IdentityFacade identity;

    @EJB
    VideoVisitFacade visits;

    @EJB
    org.caregate.scheduling.api.PerfectAnswerVisits perfectAnswers;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/{appointment_id}")
    @Operation(summary = "Get Appointment", description = "The appointment with its status, patient demographics "
            + "and providers.")
    public String get(@PathParam("appointment_id") String appointmentId) {
        AppointmentView appointment = appointments.appointment(caller.get(),
                AppointmentId.parse("id", appointmentId(appointmentId)), false);
        UserView patient = appointment.patientId() == null ? null : identity.usersWithIds(caller.get(),
                List.of(appointment.patientId())).stream().findFirst().orElse(null);
        List<Long> providerIds = new ArrayList<>();
        if (appointment.providerId() != null) {
            providerIds.add(appointment.providerId());
        }
        providerIds.addAll(appointment.additionalProviderIds());
        return SoloAppointmentJson.write(appointment, visits.videoCall(caller.get(), appointmentId(appointmentId)), patient,
                identity.usersWithIds(caller.get(), providerIds));
    }

    @PUT
    @Path("/{appointment_id}")
    @Operation(summary = "Update Appointment", description = "Moves (date, duration), re-describes (reasons, "
            + "externalId, accountNumber), moves along the visit lifecycle (status: arrived, in progress.*, "
            + "discharge.*, completed, sign off, cancelled, not showed up; illegal moves are refused with 400) or "
            + "holds the video call (videoCall.status: on hold, finalizing, on call, waiting) of an appointment.")
    public String update(@PathParam("appointment_id") String appointmentId, String body) {
        String id = appointmentId(appointmentId);
        EhrAppointment changes = SoloAppointmentJson.read(body);
        // as the use case refuses: a caller who may not change visits hears so before a malformed id
        Access.requireMember(caller.get());
        AppointmentView changed = appointments.changeForEhr(caller.get(), AppointmentId.parse("id", id), changes);
        return SoloAppointmentJson.created(changed, visits.links(caller.get(), Long.toString(changed.id())));
    }

    @GET
    @Path("/{appointment_id}/provider-link")
    @Operation(summary = "Get Provider Appointment Link", description = "The provider's link into the appointment's "
            + "video visit.")
    public String providerLink(@PathParam("appointment_id") String appointmentId) {
        VisitLinks links = visits.links(caller.get(), appointmentId(appointmentId));
        return SoloAppointmentJson.providerLink(links);
    }

    @GET
    @Path("/{appointment_id}/msteams-provider-link")
    @Operation(summary = "Get Microsoft Teams Provider Video Call Link", description = "Creates (once) a Teams "
            + "meeting for the appointment with the provider's own Teams-Auth-Token (a Microsoft Graph token); "
            + "400 when Teams is not configured for this installation, 401 when Teams refuses the token, 502 when "
            + "Teams fails.")
    public String teamsProviderLink(@PathParam("appointment_id") String appointmentId,
                                    @HeaderParam("Teams-Auth-Token") String teamsToken) {
        String url = visits.teamsProviderLink(caller.get(), appointmentId(appointmentId), teamsToken);
        return JSON.createObjectBuilder().add("id", Long.parseLong(appointmentId(appointmentId)))
                .add("msTeamsProviderVisitUrl", url).build().toString();
    }

    @GET
    @Path("/{external_appointment_id}/video-call-links")
    @Operation(summary = "Get Provider and Patient Appointment Link", description = "Both links of the appointment the "
            + "EHR knows by its own id (externalId).")
    public String videoCallLinks(@PathParam("external_appointment_id") String externalId) {
        return SoloAppointmentJson.links(visits.linksByExternalId(caller.get(), externalId));
    }

    @GET
    @Path("/id/type/SAID/value/{solo_appointment_id}/video-call-links")
    @Operation(summary = "Get Provider and Patient Appointment Link with SAID", description = "Both links of the "
            + "appointment with this Solo appointment id.")
    public String videoCallLinksBySoloId(@PathParam("solo_appointment_id") String soloAppointmentId) {
        return SoloAppointmentJson.links(visits.links(caller.get(), appointmentId(soloAppointmentId)));
    }

    /** A Solo appointment id, or the encounter id a perfect answer printed for the visit (ADR 25). */
    private String appointmentId(String id) {
        if (SoloIds.isUuid(id)) {
            return Long.toString(perfectAnswers.appointmentOfEncounter(caller.get(), java.util.UUID.fromString(id)));
        }
        return Long.toString(SoloIds.number(id, "Appointment"));
    }
}
