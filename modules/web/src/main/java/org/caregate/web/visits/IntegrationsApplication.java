package org.caregate.web.visits;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.caregate.web.solo.SoloErrors;
import org.caregate.web.solo.SoloUnexpectedErrors;
import org.caregate.web.solo.SoloWebErrors;

/** Solo's integration endpoints outside {@code /qapi}: {@code /integrations/linking}, with Solo's error shape. */
@ApplicationPath("/integrations")
public class IntegrationsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ContextLinkingResource.class, SoloErrors.class, SoloWebErrors.class, SoloUnexpectedErrors.class);
    }
}
