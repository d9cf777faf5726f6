package org.caregate.web.visits;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Errors as {@code {"error": "..."}}, the teleconsultation service's shape, also used by the visit page's calls. */
public final class FlatErrorBody {

    private static final JsonProvider JSON = JsonProvider.provider();

    private FlatErrorBody() {
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
