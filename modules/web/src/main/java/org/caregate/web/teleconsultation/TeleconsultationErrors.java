package org.caregate.web.teleconsultation;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.web.visits.FlatErrorBody;

/**
 * Refusals in the teleconsultation service's words: 400 "Failed POST /teleconsultation: no plus user in room",
 * 404 "Room with id room_xyz not found on CRUD", 401 "Unauthorized user" for someone who is not a participant.
 */
@Provider
public class TeleconsultationErrors implements ExceptionMapper<CaregateException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(CaregateException e) {
        if (e instanceof InvalidInputException invalid) {
            return FlatErrorBody.response(400, "Failed " + request.getMethod() + " /teleconsultation"
                    + (uri.getPath().isEmpty() || uri.getPath().equals("/") ? "" : uri.getPath()) + ": "
                    + invalid.problems().stream().map(p -> p.message().equals("no plus user in room") ? p.message()
                            : p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        }
        if (e instanceof NotFoundException) {
            return FlatErrorBody.response(404, e.getMessage() + " on CRUD");
        }
        if (e instanceof ForbiddenException || e instanceof UnauthenticatedException) {
            return FlatErrorBody.response(401, e instanceof ForbiddenException ? "Unauthorized user" : e.getMessage());
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(FlatErrorBody.response(429, e.getMessage()))
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return FlatErrorBody.response(400, e.getMessage());
    }
}
