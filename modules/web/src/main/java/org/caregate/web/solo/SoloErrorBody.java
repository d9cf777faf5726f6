package org.caregate.web.solo;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Solo's error body: {@code {"error": {"message": "..."}}}. */
public final class SoloErrorBody {

    private static final JsonProvider JSON = JsonProvider.provider();

    private SoloErrorBody() {
    }

    public static Response response(int status, String message) {
        String body = JSON.createObjectBuilder()
                .add("error", JSON.createObjectBuilder().add("message", message))
                .build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
