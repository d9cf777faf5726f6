package org.caregate.web.solo;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Solo's error body: {@code {"error": {"message": "..."}}}. */
public final class SoloErrorBody {

    private SoloErrorBody() {
    }

    public static Response response(int status, String message) {
        String body = Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("message", message))
                .build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
