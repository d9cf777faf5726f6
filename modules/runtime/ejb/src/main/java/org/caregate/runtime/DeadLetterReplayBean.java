package org.caregate.runtime;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.runtime.api.DeadLetters;
import org.jboss.logging.Logger;

/**
 * The operator's replay of dead letters: once the cause of a consumer's failures is fixed, the events it gave up on
 * go back to its queue (the embedded broker's own retry, which routes each message to the queue it came from).
 */
@Stateless
public class DeadLetterReplayBean implements DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayBean.class);

    @EJB
    EmbeddedBroker broker;

    @EJB
    OrganizationDirectory organizations;

    @Inject
    AuditTrail audit;

    @Override
    public int replay(Caller caller) {
        if (!caller.isMember() || !caller.privileges().superAdmin() || !organizations.isOperator(caller.organizationId())) {
            throw new ForbiddenException("Only super admins of the operating organization may replay dead letters");
        }
        if (!Boolean.TRUE.equals(broker.isActive())) {
            throw new InvalidInputException("broker", "The JMS broker is external or not running; retry the DLQ's "
                    + "messages with the broker's own console (docs/operations.md)");
        }
        int replayed = broker.retryDeadLetters();
        audit.record(caller, "dead_letters.replayed", "dead_letter_queue", Integer.toString(replayed));
        LOG.infof("Dead letters sent back to their queues: %d (request %s)", replayed, caller.requestId());
        return replayed;
    }
}
