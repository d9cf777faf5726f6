package org.caregate.web.teleconsultation;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.caregate.web.rest.UnexpectedErrorMapper;
import org.caregate.web.visits.FlatErrorBody;
import org.caregate.web.visits.VisitApplication;

/** The teleconsultation service's API at {@code /teleconsultation}, with its {@code {"error": "..."}} errors. */
@ApplicationPath("/teleconsultation")
public class TeleconsultationApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TeleconsultationResource.class, TeleconsultationErrors.class, VisitApplication.ProtocolErrors.class,
                Unexpected.class);
    }

    /** Unexpected failures: logged, answered with the request id only. */
    @Provider
    public static class Unexpected extends UnexpectedErrorMapper {
        public Unexpected() {
            super(FlatErrorBody::response, "teleconsultation");
        }
    }
}
