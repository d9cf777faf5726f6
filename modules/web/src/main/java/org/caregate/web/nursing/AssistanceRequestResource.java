package org.caregate.web.nursing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.nursing.api.AssistanceRequestFacade;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.api.Requested;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's assistance requests (seed 004 "Virtual Nursing and Sitting → Group Assistance Requests"): a bedside device
 * or the EHR calls for a virtual nurse, reads the place's current request, or cancels it. Each method takes the place
 * as a JSON body in one of four forms — {building, floor, room, bed?}, {department, room, bed?}, {patientMrn},
 * {deviceSerialNumber} — on GET and DELETE too, or as query parameters of the same names. Refusals use the seed's
 * flat {@code {"message": ...}} with its texts.
 */
@ApplicationScoped
@Path("/v1/request-assistance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assistance Requests")
public class AssistanceRequestResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final String MISSING = "Service Request Error: Missing Required Parameters. Please include either Device "
            + "ID, Patient ID, or a combination of Building, Floor, Room, and Bed (opt.), or Department, Room, and Bed "
            + "(opt.) to proceed";
    static final String NO_DEVICE = "Device could not be found from the data submitted";
    static final String NO_REQUEST = "Service Request Error: Request not found";
    static final String MALFORMED = "Service Request Error: the body must be a JSON object";

    @EJB
    AssistanceRequestFacade requests;

    @Inject
    CurrentCaller caller;

    private static final Clock CLOCK = Clock.systemUTC();

    @POST
    @Operation(summary = "Create Assistance Request", description = "Opens an assistance request for the care "
            + "location the body names (201), or answers with the one already open there (200): a care location has "
            + "at most one. 400 when no form is complete, 404 when no care location with a device matches.")
    public Response create(String body, @Context UriInfo uri) {
        return answer(body, uri, NO_DEVICE, place -> {
            Requested requested = requests.call(member(), place);
            return json(requested.created() ? Response.Status.CREATED : Response.Status.OK, requested.request());
        });
    }

    @GET
    @Operation(summary = "Get Current Assistance Request", description = "The open request of the care location "
            + "the body (or the query) names; 404 when it has none.")
    public Response current(String body, @Context UriInfo uri) {
        return answer(body, uri, NO_REQUEST, place -> json(Response.Status.OK, requests.current(member(), place)));
    }

    @DELETE
    @Operation(summary = "Cancel Current Assistance Request", description = "Cancels the open request of the care "
            + "location the body (or the query) names and answers with it, status cancelled; 404 when it has none.")
    public Response cancel(String body, @Context UriInfo uri) {
        return answer(body, uri, NO_REQUEST,
                place -> json(Response.Status.OK, requests.cancelCurrent(member(), place)));
    }

    private Caller member() {
        Access.requireMember(caller.get());
        return caller.get();
    }

    /** Reads the place and runs the call; the refusals Solo prints become its flat messages. */
    private Response answer(String body, UriInfo uri, String notFound, Function<CallingPlace, Response> call) {
        member();
        CallingPlace place = AssistanceRequestJson.place(body, uri.getQueryParameters()).orElse(null);
        if (place == null) {
            return message(Response.Status.BAD_REQUEST, MALFORMED);
        }
        try {
            return call.apply(place);
        } catch (InvalidInputException e) {
            if (e.problems().get(0).field().equals("place")) {
                return message(Response.Status.BAD_REQUEST, MISSING);
            }
            // another call closed the current request (GET, DELETE) or opened one (POST) while this one waited
            return notFound.equals(NO_REQUEST) ? message(Response.Status.NOT_FOUND, NO_REQUEST)
                    : message(Response.Status.CONFLICT, "Service Request Error: the care location "
                    + e.problems().get(0).message());
        } catch (NotFoundException e) {
            return message(Response.Status.NOT_FOUND, notFound);
        }
    }

    private Response json(Response.Status status, AssistanceRequestView request) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(AssistanceRequestJson.write(request, LocalDate.now(CLOCK))).build();
    }

    private static Response message(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("message", message).build().toString()).build();
    }
}
