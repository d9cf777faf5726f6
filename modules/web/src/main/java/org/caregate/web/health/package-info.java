/**
 * Caregate's own readiness and liveness at {@code /health/ready} and {@code /health/live} on the application port.
 * WildFly's MicroProfile Health does not register checks from EAR sub-deployments (WFLY-12835), so these are
 * served here, in the MicroProfile Health JSON shape, beside WildFly's server-level checks on the management port.
 */
package org.caregate.web.health;
