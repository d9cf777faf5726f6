package org.caregate.web.visits;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.caregate.visits.api.ContextLinkingFacade;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Solo's context-aware linking (seed 004 "Context Aware Linking"): the EHR passes who enters which visit as
 * encrypted JSON in {@code arg}; Caregate answers with a redirect to that participant's visit link.
 */
@ApplicationScoped
@Path("/linking")
public class ContextLinkingResource {

    @EJB
    ContextLinkingFacade linking;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect", description = "Redirects to the visit: arg is URL-encoded "
            + "Base64(salt) + Base64(IV) + Base64(AES-256-CBC(JSON)) with key SHA-256(secret + salt).")
    @APIResponse(responseCode = "302", description = "Location: the visit link of that user and role")
    @APIResponse(responseCode = "400", description = "unreadable link or content not matching the schema")
    @APIResponse(responseCode = "404", description = "no such visit for that patient")
    @APIResponse(responseCode = "410", description = "the visit is over")
    public Response connect(@QueryParam("arg") @Parameter(description = "the encrypted JSON") String arg) {
        return Response.status(Response.Status.FOUND).location(URI.create(linking.resolve(arg))).build();
    }
}
