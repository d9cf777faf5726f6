/**
 * A probe deployed by the test suite beside the EAR (never shipped): a transactional sender, a consumer that
 * records what it receives, a consumer that always fails, and a look into the dead-letter queue — all through the
 * EAR's JMS adapter and broker, as application code uses them.
 */
package org.caregate.it.jms.probe;
