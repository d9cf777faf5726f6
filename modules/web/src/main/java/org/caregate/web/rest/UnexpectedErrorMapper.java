package org.caregate.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * A failure nobody anticipated: logged with its stack trace, answered with a 500 that names the request id and
 * reveals nothing else.
 */
public abstract class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    private final ErrorBody body;
    private final String api;

    protected UnexpectedErrorMapper(ErrorBody body, String api) {
        this.body = body;
        this.api = api;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        Object requestId = MDC.get("requestId");
        LOG.error("Unexpected failure serving a " + api + " request", e);
        return body.response(500, "Internal error; quote request id " + requestId + " to your administrator");
    }
}
