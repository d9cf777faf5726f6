package org.caregate.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Protocol-level refusals (unknown path, wrong method or media type) in a contract's error shape. */
public abstract class ProtocolErrorMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorBody body;

    protected ProtocolErrorMapper(ErrorBody body) {
        this.body = body;
    }

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
        return body.response(status, message);
    }
}
