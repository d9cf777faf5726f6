/**
 * Technical support shared by every context module, packaged in the EAR's {@code lib/}: the JTA hook the
 * Artemis resource adapter needs and the JDBC audit trail.
 */
package org.caregate.platform;
