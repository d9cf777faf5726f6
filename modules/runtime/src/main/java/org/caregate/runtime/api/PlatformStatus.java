package org.caregate.runtime.api;

import jakarta.ejb.Local;

/** Whether the parts every context relies on are working, for the readiness checks operations watch. */
@Local
public interface PlatformStatus {

    /** Whether the database answers within two seconds. */
    boolean databaseReachable();

    /** Whether this process's embedded broker is active; {@code null} when the broker is external. */
    Boolean embeddedBrokerActive();
}
