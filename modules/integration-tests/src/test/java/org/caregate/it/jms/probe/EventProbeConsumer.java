package org.caregate.it.jms.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.io.StringReader;

/** A hospital's consumer of Caregate's events topic, as docs/jms.md shows one: it records what it received. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "caregate.events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")})
public class EventProbeConsumer implements MessageListener {

    @Inject
    ProbeLedger ledger;

    @Override
    public void onMessage(Message message) {
        try {
            String payload = ((TextMessage) message).getText();
            var event = jakarta.json.Json.createReader(new StringReader(payload)).readObject();
            String key = event.getString("type") + ":" + (event.isNull("resourceId") ? "" : event.getString("resourceId"));
            ledger.record("events", key);
            ledger.keep(key, payload + "|eventType=" + message.getStringProperty("eventType"));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
