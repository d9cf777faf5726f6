package org.caregate.runtime.api;

import jakarta.ejb.Local;

/** Whether the parts every context relies on are working, for the readiness checks operations watch. */
@Local
public interface PlatformStatus {

    /** Whether the database answers within two seconds. */
    boolean databaseReachable();

    /** Whether this process runs the JMS broker itself (else it uses an external one). */
    boolean brokerEmbedded();

    /** Whether the JMS broker accepts a connection: the embedded one is active, or the external one answers. */
    boolean brokerReachable();
}
