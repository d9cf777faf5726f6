package org.caregate.web.solo;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Protocol-level refusals (unknown path, wrong method or media type) in Solo's error shape. */
@Provider
public class SoloWebErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable: this API answers application/json";
            case 415 -> "Unsupported media type: send application/json";
            default -> e.getMessage();
        };
        return SoloErrorBody.response(status, message);
    }
}
