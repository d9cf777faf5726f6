package org.caregate.web.visits;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.visits.api.VisitPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The visit page: {@code GET /visit/{token}} serves the page; its script reads the state, lets the provider
 * start the session, enters the room and reports joins and leaves. The token in the path is the credential.
 */
@ApplicationScoped
@Path("/{token}")
public class VisitResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PAGE = page();

    @EJB
    VideoVisitFacade visits;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The visit page",
            description = "HTML page of the visit for the participant whose link this is; a 404 page for an "
                    + "unknown link.")
    public Response page(@PathParam("token") String token) {
        try {
            visits.page(token);
        } catch (NotFoundException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!doctype html><meta charset=utf-8><title>Visit not found</title>"
                            + "<p>This visit link is not valid. Please use the link you were sent.</p>").build();
        }
        return Response.ok(PAGE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    @GET
    @Path("/state")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The visit's state",
            description = "Who the link is for, the visit window, whether the session has started, the room to enter.")
    public String state(@PathParam("token") String token) {
        return json(visits.page(token));
    }

    @POST
    @Path("/start")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the session",
            description = "Provider links only: starts the video session; patients wait until then.")
    public String start(@PathParam("token") String token) {
        return json(visits.start(token));
    }

    @POST
    @Path("/join")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join the visit",
            description = "Records that the link's participant entered the room; answers the stay id.")
    public String join(@PathParam("token") String token) {
        return JSON.createObjectBuilder().add("stay", visits.join(token)).build().toString();
    }

    @POST
    @Path("/leave")
    @Operation(summary = "Leave the visit",
            description = "Records that the participant left; stay is the id join answered.")
    public Response leave(@PathParam("token") String token, @QueryParam("stay") long stay) {
        visits.leave(token, stay);
        return Response.noContent().build();
    }

    private static String json(VisitPage page) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("role", page.role()).add("entry", page.entry())
                .add("title", page.title()).add("opensAt", page.opensAt().toString())
                .add("startsAt", page.startsAt().toString()).add("timezone", page.timezone());
        if (page.displayName() != null) {
            json.add("displayName", page.displayName());
        }
        if (page.closesAt() != null) {
            json.add("closesAt", page.closesAt().toString());
        }
        if (page.roomUrl() != null) {
            json.add("roomUrl", page.roomUrl());
        }
        return json.build().toString();
    }

    private static String page() {
        try (InputStream in = VisitResource.class.getResourceAsStream("visit.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
