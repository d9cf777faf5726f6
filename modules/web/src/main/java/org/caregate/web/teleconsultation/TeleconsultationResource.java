package org.caregate.web.teleconsultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.caregate.visits.api.TeleconsultationAccess;
import org.caregate.visits.api.TeleconsultationFacade;
import org.caregate.visits.api.TeleconsultationRequest.ParticipantData;
import org.caregate.visits.api.TeleconsultationRequest;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloJsonReader;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The teleconsultation service's rooms (seed 003): create, change, add a participant, read the caller's own
 * access link, delete. Participants are Caregate users, named by user id or external id.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeleconsultationResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    TeleconsultationFacade rooms;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Create a teleconsultation", description = "participants (ids, or {number, data[]}), "
            + "start_date and end_date (ISO 8601). 201 {roomId}.")
    public Response create(String body) {
        String roomId = rooms.create(caller.get(), Body.read(body, true));
        return Response.status(201).entity(JSON.createObjectBuilder().add("roomId", roomId).build().toString()).build();
    }

    @PATCH
    @Path("/{roomId}")
    @Operation(summary = "Change a teleconsultation", description = "The fields to change. 204.")
    public Response change(@PathParam("roomId") String roomId, String body) {
        rooms.change(caller.get(), roomId, Body.read(body, false));
        return Response.noContent().build();
    }

    @POST
    @Path("/{roomId}/participants/data")
    @Operation(summary = "Add a participant", description = "{userExternalId, groups, fullName, language}. 201.")
    public Response addParticipant(@PathParam("roomId") String roomId, String body) {
        rooms.addParticipant(caller.get(), roomId, Body.participant(body));
        return Response.status(201).build();
    }

    @GET
    @Path("/{roomId}")
    @Operation(summary = "The caller's access link", description = "For participants only.")
    public String access(@PathParam("roomId") String roomId) {
        TeleconsultationAccess access = rooms.access(caller.get(), roomId);
        JsonArrayBuilder participants = JSON.createArrayBuilder();
        for (TeleconsultationAccess.Participant participant : access.participantsBandyerCall()) {
            participants.add(JSON.createObjectBuilder().add("bandyerUserId", participant.bandyerUserId())
                    .add("fullName", participant.fullName() == null ? "" : participant.fullName()));
        }
        return JSON.createObjectBuilder().add("bandyerUserId", access.bandyerUserId())
                .add("accessLinkURL", access.accessLinkURL()).add("participantsBandyerCall", participants)
                .build().toString();
    }

    @DELETE
    @Path("/{roomId}")
    @Operation(summary = "Delete a teleconsultation", description = "State TRASH. 204.")
    public Response delete(@PathParam("roomId") String roomId) {
        rooms.delete(caller.get(), roomId);
        return Response.noContent().build();
    }

    /** Reads the teleconsultation bodies. */
    static final class Body extends SoloJsonReader {

        static TeleconsultationRequest read(String body, boolean creating) {
            return new Body().request(body, creating);
        }

        static ParticipantData participant(String body) {
            Body reader = new Body();
            ParticipantData data = reader.data(reader.object(body), "userExternalId");
            reader.check();
            return data;
        }

        private TeleconsultationRequest request(String body, boolean creating) {
            JsonObject json = object(body);
            List<String> ids = null;
            Integer number = null;
            List<ParticipantData> data = null;
            JsonValue participants = json.get("participants");
            if (participants instanceof JsonArray) {
                ids = strings(json, "participants");
            } else if (participants instanceof JsonObject object) {
                Long expected = integer(object, "number");
                number = expected == null ? null : expected.intValue();
                JsonValue list = object.get("data");
                data = new ArrayList<>();
                if (list instanceof JsonArray array) {
                    for (JsonValue item : array) {
                        if (item instanceof JsonObject participant) {
                            data.add(data(participant, "participants.data"));
                        } else {
                            problem("participants.data", "must be a list of objects");
                        }
                    }
                } else {
                    problem("participants.data", "is required and must be a list");
                }
            } else if (participants != null || creating) {
                problem("participants", "must be a list of user ids or an object with number and data");
            }
            TeleconsultationRequest request = new TeleconsultationRequest(ids, number, data, text(json, "start_date"),
                    text(json, "end_date"));
            check();
            return request;
        }

        private ParticipantData data(JsonObject participant, String field) {
            return new ParticipantData(text(participant, "userExternalId", field + ".userExternalId"),
                    strings(participant, "groups"), text(participant, "fullName", field + ".fullName"),
                    text(participant, "language", field + ".language"));
        }
    }
}
