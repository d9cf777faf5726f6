package org.caregate.it.jms.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;

/** Sends probe messages inside a container transaction, and looks into the dead-letter queue. */
@Stateless
public class ProbeSender {

    static final String QUEUE = "caregate.probe.Queue";
    static final String POISON_QUEUE = "caregate.probe.PoisonQueue";
    static final String DEAD_LETTER_QUEUE = "DLQ";

    @Resource(lookup = "java:/jms/caregate/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource
    SessionContext session;

    /** Sends one message to {@code queue}; when {@code rollback}, the transaction is then marked for rollback. */
    public void send(String queue, String probeId, boolean rollback) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setProperty("probeId", probeId).send(context.createQueue(queue), "probe " + probeId);
        }
        if (rollback) {
            session.setRollbackOnly();
        }
    }

    /**
     * Publishes a text on the events topic as the relay would, but without a duplicate-detection id: a copy of an
     * event the broker lets through, as a second relay or a replayed message could produce.
     */
    public void publishEvent(String payload) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(context.createTopic("caregate.events"), payload);
        }
    }

    /** How many messages with this probe id wait in the dead-letter queue. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deadLetters(String probeId) throws JMSException {
        try (JMSContext context = connectionFactory.createContext()) {
            Queue deadLetters = context.createQueue(DEAD_LETTER_QUEUE);
            int count = 0;
            try (QueueBrowser browser = context.createBrowser(deadLetters, "probeId = '" + probeId.replace("'", "") + "'")) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    messages.nextElement();
                    count++;
                }
            }
            return count;
        }
    }

    static String probeId(Message message) {
        try {
            return message.getStringProperty("probeId");
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
