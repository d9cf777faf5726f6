package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.caregate.forms.api.AttachmentFacade;
import org.caregate.forms.api.AttachmentView;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's appointment attachments (seed 004 "Appointment Attachments"): an EHR uploads a file as the raw body with
 * its type in {@code Content-Type} (PDF, PNG or JPEG, at most 5 MiB, the content checked by its first bytes), lists
 * an appointment's attachments and deletes one (kept in the list, {@code deleted: true}). The appointment is named by
 * Caregate's id, as in Solo's other appointment paths.
 */
@ApplicationScoped
@Path("/v1/appointments/{appointment_id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointment Attachments")
public class SoloAttachmentResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final DateTimeFormatter UPLOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    @EJB
    AttachmentFacade attachments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload attachment to appointment", description = "The file is the body, its type the "
            + "Content-Type: application/pdf, application/x-pdf, image/pdf, image/png or image/jpeg, at most 5 MiB "
            + "(5,242,880 bytes). fileName is the name shown for it (default Attachment.<pdf|png|jpg>).")
    @RequestBody(content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/png"),
            @Content(mediaType = "image/jpeg")})
    @APIResponse(responseCode = "200", description = "the attachment")
    @APIResponse(responseCode = "400", description = "{\"error\": {\"message\": \"Mime type \\\"text/plain\\\" not "
            + "supported. Available file mime-types: ...\"}}")
    public String upload(@PathParam("appointment_id") String appointmentId, @QueryParam("fileName") String fileName,
                         @HeaderParam("Content-Type") String contentType, InputStream body) {
        return json(attachments.attach(caller.get(), appointment(appointmentId), fileName, contentType, body))
                .toString();
    }

    @GET
    @Operation(summary = "Get Appointment Attachments", description = "The appointment's attachments, oldest first; "
            + "deleted ones stay, with deleted: true.")
    public String list(@PathParam("appointment_id") String appointmentId) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        attachments.attachments(caller.get(), appointment(appointmentId)).forEach(a -> list.add(json(a)));
        return JSON.createObjectBuilder().add("attachments", list).build().toString();
    }

    @DELETE
    @Path("/{attachmentId}")
    @Operation(summary = "Delete appointment attachment", description = "Removes the attachment's content; it stays "
            + "in the list with deleted: true. Answers 204.")
    public Response delete(@PathParam("appointment_id") String appointmentId,
                           @PathParam("attachmentId") String attachmentId) {
        attachments.delete(caller.get(), appointment(appointmentId), attachmentId);
        return Response.noContent().build();
    }

    /** Caregate's appointment id; anything else names no appointment. */
    private static AppointmentId appointment(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}") || Long.parseLong(raw) == 0) {
            throw new NotFoundException("Appointment");
        }
        return new AppointmentId(Long.parseLong(raw));
    }

    private static JsonObject json(AttachmentView attachment) {
        return JSON.createObjectBuilder().add("id", attachment.id().toString())
                .add("appointmentId", Long.toString(attachment.appointmentId())).add("title", attachment.title())
                .add("mimeType", attachment.mimeType()).add("size", attachment.size())
                .add("uploadedAt", UPLOADED_AT.format(attachment.uploadedAt())).add("deleted", attachment.deleted())
                .build();
    }
}
