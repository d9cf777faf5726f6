package org.caregate.webhooks.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.caregate.platform.events.EventMessages;
import org.caregate.webhooks.application.EventFanOutBean;
import org.jboss.logging.Logger;

/**
 * Webhooks' consumer of the events topic, on a durable shared subscription ({@code caregate-webhooks}): events
 * published while the server starts or is down wait on the broker. Receiving and fanning out share one XA
 * transaction; a failure rolls both back and the broker redelivers (then dead-letters, as configured), and the inbox
 * makes a redelivered event a no-op.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "caregate.events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "caregate-webhooks"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "caregate-webhooks")})
public class EventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    @Inject
    EventFanOutBean fanOut;

    @Override
    public void onMessage(Message message) {
        EventMessages.read(message).ifPresentOrElse(fanOut::fanOut,
                () -> LOG.warn("Ignoring a message on caregate.events that is not an event"));
    }
}
