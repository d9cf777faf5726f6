package org.caregate.it.jms.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The probe's HTTP face at {@code /jms-probe}. */
@ApplicationPath("/")
public class ProbeApplication extends Application {
}
