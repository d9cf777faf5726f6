package org.caregate.runtime;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Enumeration;
import javax.sql.DataSource;
import org.caregate.runtime.api.PlatformStatus;

/** Checks the database and the JMS broker on request, outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatusBean implements PlatformStatus {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Resource(lookup = "java:/jms/caregate/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @EJB
    EmbeddedBroker broker;

    @Override
    public boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public boolean brokerEmbedded() {
        return broker.isActive() != null;
    }

    @Override
    public boolean brokerReachable() {
        Boolean embedded = broker.isActive();
        if (embedded != null && !embedded) {
            return false;
        }
        // A pooled connection may look fine until used: create and drop a temporary queue, a round trip to the broker.
        try (JMSContext context = connectionFactory.createContext()) {
            context.createTemporaryQueue().delete();
            return true;
        } catch (JMSRuntimeException | JMSException e) {
            return false;
        }
    }

    @Override
    public long deadLetters() {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE))) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            while (messages.hasMoreElements() && count < MOST_COUNTED_DEAD_LETTERS) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (JMSRuntimeException | JMSException e) {
            return -1;
        }
    }
}
