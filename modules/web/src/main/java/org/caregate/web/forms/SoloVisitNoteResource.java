package org.caregate.web.forms;

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
import java.util.Optional;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's visit note (seed 004 "Appointment Note"): the appointment's chart note, the same one Healthie's
 * {@code Appointment.form_answer_group} shows — written here, it reads back over GraphQL, and the reverse.
 */
@ApplicationScoped
@Path("/v1/appointments/{appointment_id}/visit-note")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointment Note")
public class SoloVisitNoteResource {

    @EJB
    FilledFormFacade filledForms;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Get Visit Note", description = "The appointment's visit note as a list: none, or its chart "
            + "note with the template's sections and questions (UUIDs), no comments, and one response per answered "
            + "question.")
    public String get(@PathParam("appointment_id") @Parameter(description = "The id of the Appointment")
                      String appointmentId) {
        Access.requireMember(caller.get());
        return SoloVisitNoteJson.write(filledForms.visitNote(caller.get(), id(appointmentId)));
    }

    @PUT
    @Operation(summary = "Update Visit Note", description = "Answers questions of the visit note: name is the "
            + "organization's active charting template, questions [{id: question UUID, value: [answers]}]. The "
            + "note is created (finished) on first write; later writes change only the questions named; a locked "
            + "note is refused. Answers with the note as GET does.")
    public String update(@PathParam("appointment_id") @Parameter(description = "The id of the Appointment")
                         String appointmentId, String body) {
        Access.requireMember(caller.get());
        AppointmentId appointment = id(appointmentId);
        // another organization's appointment is not found, whatever the body says
        filledForms.visitNote(caller.get(), appointment);
        SoloVisitNoteJson.Update update = SoloVisitNoteJson.read(body);
        return SoloVisitNoteJson.write(Optional.of(filledForms.writeVisitNote(caller.get(), appointment,
                update.name(), update.answers())));
    }

    private static AppointmentId id(String raw) {
        return AppointmentId.parse("appointment_id", Long.toString(SoloIds.number(raw, "Appointment")));
    }
}
