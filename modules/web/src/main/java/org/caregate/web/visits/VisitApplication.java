package org.caregate.web.visits;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.caregate.web.rest.ProtocolErrorMapper;
import org.caregate.web.rest.RefusalMapper;
import org.caregate.web.rest.UnexpectedErrorMapper;

/** The visit links Caregate hands out lead here: {@code /visit/{token}}. */
@ApplicationPath("/visit")
public class VisitApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(VisitResource.class, Refusals.class, ProtocolErrors.class, Unexpected.class);
    }

    /** Refusals of the visit rules as {@code {"error": "..."}}. */
    @Provider
    public static class Refusals extends RefusalMapper {
        public Refusals() {
            super(FlatErrorBody::response);
        }
    }

    /** Unknown paths and wrong methods as {@code {"error": "..."}}. */
    @Provider
    public static class ProtocolErrors extends ProtocolErrorMapper {
        public ProtocolErrors() {
            super(FlatErrorBody::response);
        }
    }

    /** Unexpected failures: logged, answered with the request id only. */
    @Provider
    public static class Unexpected extends UnexpectedErrorMapper {
        public Unexpected() {
            super(FlatErrorBody::response, "visit page");
        }
    }
}
