package org.caregate.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.ExpiredException;
import org.caregate.kernel.error.ExternalServiceException;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;

/**
 * Refusals from the contexts as HTTP: 400 "Bad parameters [field: problem.]", 401, 403, 404, 410, 429 (with
 * Retry-After), 502 when a service outside Caregate failed; a contract's subclass gives the body its shape.
 */
public abstract class RefusalMapper implements ExceptionMapper<CaregateException> {

    private final ErrorBody body;

    protected RefusalMapper(ErrorBody body) {
        this.body = body;
    }

    @Override
    public Response toResponse(CaregateException e) {
        if (e instanceof InvalidInputException invalid) {
            return body.response(400, "Bad parameters [" + invalid.problems().stream()
                    .map(p -> p.field() + ": " + p.message() + ".")
                    .collect(Collectors.joining(" ")) + "]");
        }
        if (e instanceof ExternalServiceException) {
            return body.response(502, e.getMessage());
        }
        if (e instanceof ExpiredException) {
            return body.response(410, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return body.response(404, e.getMessage());
        }
        if (e instanceof UnauthenticatedException) {
            return body.response(401, e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return body.response(403, e.getMessage());
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(body.response(429, e.getMessage()))
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return body.response(400, e.getMessage());
    }
}
