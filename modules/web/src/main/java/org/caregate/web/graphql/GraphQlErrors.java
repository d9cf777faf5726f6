package org.caregate.web.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.jboss.logging.Logger;

/**
 * How a refusal reaches a GraphQL client. A mutation that is refused for its input answers in its payload's
 * {@code messages}, as Healthie does; everything else (and every refused query) ends in the response's
 * {@code errors}, with an {@code extensions.code} a client can switch on.
 */
public final class GraphQlErrors {

    private GraphQlErrors() {
    }

    private static final Logger LOG = Logger.getLogger(GraphQlErrors.class);

    /** Runs a query, turning a refusal into a GraphQL error. */
    public static <T> T query(Supplier<T> query) {
        try {
            return query.get();
        } catch (CaregateException e) {
            throw translate(e);
        } catch (RuntimeException unexpected) {
            throw logged(unexpected);
        }
    }

    /**
     * Runs a mutation; a refusal for its input (or an unknown object it names) becomes the payload built by
     * {@code refused} from the field messages.
     */
    public static <P> P mutation(Supplier<P> mutation, Function<List<FieldError>, P> refused) {
        try {
            return mutation.get();
        } catch (InvalidInputException e) {
            return refused.apply(FieldError.of(e.problems()));
        } catch (NotFoundException e) {
            return refused.apply(List.of(new FieldError("id", e.getMessage())));
        } catch (CaregateException e) {
            throw translate(e);
        } catch (RuntimeException unexpected) {
            throw logged(unexpected);
        }
    }

    /**
     * An unexpected failure: logged with its stack trace; the client sees only "System error" and the code
     * {@code INTERNAL} (SmallRye would derive the code from the exception's class: {@code null-pointer}).
     */
    private static RuntimeException logged(RuntimeException unexpected) {
        LOG.error("Unexpected failure serving a GraphQL request", unexpected);
        return new Internal(unexpected);
    }

    static RuntimeException translate(CaregateException e) {
        if (e instanceof NotFoundException) {
            return new NotFound(e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return new Forbidden(e.getMessage());
        }
        if (e instanceof UnauthenticatedException) {
            return new Unauthenticated(e.getMessage());
        }
        if (e instanceof TooManyRequestsException) {
            return new TooManyRequests(e.getMessage());
        }
        return new BadUserInput(e.getMessage());
    }

    /** The object does not exist or is not the caller's to see. */
    @ErrorCode("NOT_FOUND")
    public static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** The caller may not do this. */
    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message, null, false, false);
        }
    }

    /** The operation needs credentials. */
    @ErrorCode("UNAUTHENTICATED")
    public static class Unauthenticated extends RuntimeException {
        Unauthenticated(String message) {
            super(message, null, false, false);
        }
    }

    /** Past the rate limit. */
    @ErrorCode("TOO_MANY_REQUESTS")
    public static class TooManyRequests extends RuntimeException {
        TooManyRequests(String message) {
            super(message, null, false, false);
        }
    }

    /** Something nobody anticipated failed; its message is not shown. */
    @ErrorCode("INTERNAL")
    public static class Internal extends RuntimeException {
        Internal(RuntimeException cause) {
            super("Unexpected failure", cause);
        }
    }

    /** The arguments are wrong. */
    @ErrorCode("BAD_USER_INPUT")
    public static class BadUserInput extends RuntimeException {
        BadUserInput(String message) {
            super(message, null, false, false);
        }
    }
}
