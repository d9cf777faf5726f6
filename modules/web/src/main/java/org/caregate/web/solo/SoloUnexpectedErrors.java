package org.caregate.web.solo;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * A failure nobody anticipated: logged with its stack trace, answered with a 500 that names the request id and
 * reveals nothing else.
 */
@Provider
public class SoloUnexpectedErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(SoloUnexpectedErrors.class);

    @Override
    public Response toResponse(RuntimeException e) {
        Object requestId = MDC.get("requestId");
        LOG.error("Unexpected failure serving a Solo API request", e);
        return SoloErrorBody.response(500, "Internal error; quote request id " + requestId + " to your administrator");
    }
}
