package org.caregate.web.solo;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;

/**
 * Refusals from the contexts, as Solo reports them: 400 "Bad parameters [field: problem.]", 401, 403, 404, 429.
 */
@Provider
public class SoloErrors implements ExceptionMapper<CaregateException> {

    @Override
    public Response toResponse(CaregateException e) {
        if (e instanceof InvalidInputException invalid) {
            return SoloErrorBody.response(400, "Bad parameters [" + invalid.problems().stream()
                    .map(p -> p.field() + ": " + p.message() + ".")
                    .collect(Collectors.joining(" ")) + "]");
        }
        if (e instanceof NotFoundException) {
            return SoloErrorBody.response(404, e.getMessage());
        }
        if (e instanceof UnauthenticatedException) {
            return SoloErrorBody.response(401, e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return SoloErrorBody.response(403, e.getMessage());
        }
        if (e instanceof TooManyRequestsException tooMany) {
            Response response = SoloErrorBody.response(429, e.getMessage());
            return Response.fromResponse(response).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return SoloErrorBody.response(400, e.getMessage());
    }
}
