package org.caregate.platform.jms;

import jakarta.transaction.TransactionManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.activemq.artemis.service.extensions.transactions.TransactionManagerLocator;

/**
 * Lets the Artemis resource adapter enlist its sessions in WildFly's transactions, so that a message sent in a
 * transaction that rolls back is never delivered. Found by Artemis through {@code META-INF/services}.
 */
public class WildFlyTransactionManagerLocator implements TransactionManagerLocator {

    private static final String JNDI_NAME = "java:jboss/TransactionManager";

    @Override
    public TransactionManager getTransactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("WildFly's transaction manager is not bound at " + JNDI_NAME, e);
        }
    }
}
