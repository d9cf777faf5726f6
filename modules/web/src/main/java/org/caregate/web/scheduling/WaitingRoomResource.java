package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.api.WaitingRoomFacade;
import org.caregate.scheduling.api.WaitingRoomSlot;
import org.caregate.scheduling.api.WaitingRoomView;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Solo's waiting rooms and appointment slots (seed 004 "Waiting Rooms", "Appointment Slots"). */
@ApplicationScoped
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting Rooms")
public class WaitingRoomResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    WaitingRoomFacade rooms;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/waiting-rooms")
    @Operation(summary = "Get Waiting Room List", description = "The practice's waiting rooms.")
    public String waitingRooms() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (WaitingRoomView room : rooms.waitingRooms(caller.get())) {
            list.add(JSON.createObjectBuilder().add("id", room.id()).add("name", room.name())
                    .add("serviceLine", room.serviceLine() == null ? "" : room.serviceLine())
                    .add("serviceType", room.serviceType() == null ? "" : room.serviceType())
                    .add("slotDuration", room.slotDuration()));
        }
        return list.build().toString();
    }

    @GET
    @Path("/appointment-slots")
    @Operation(summary = "Get Slots", description = "Start times (Unix seconds) between after and before at which one "
            + "of the waiting room's providers is free; duration (seconds, 1 to 86400) defaults to the room's slot "
            + "duration. after, before and waitingRoom are required.")
    public String slots(@QueryParam("after") String after, @QueryParam("before") String before,
                        @QueryParam("waitingRoom") String waitingRoom, @QueryParam("duration") String duration) {
        List<FieldMessage> problems = new ArrayList<>();
        Long from = number(problems, "after", after);
        Long until = number(problems, "before", before);
        Long length = number(problems, "duration", duration);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (length != null && (length < 1 || length > 86_400)) {
            throw new InvalidInputException("duration", "should be in range [1, 86400]");
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (WaitingRoomSlot slot : rooms.slots(caller.get(), from, until, waitingRoom,
                length == null ? null : length.intValue())) {
            list.add(JSON.createObjectBuilder().add("date", slot.date()).add("duration", slot.duration()));
        }
        return list.build().toString();
    }

    private static Long number(List<FieldMessage> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldMessage(field, "This value should be an integer"));
            return null;
        }
    }
}
