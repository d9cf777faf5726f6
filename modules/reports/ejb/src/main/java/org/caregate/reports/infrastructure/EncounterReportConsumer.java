package org.caregate.reports.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.UUID;
import org.caregate.reports.application.EncounterReportGenerator;
import org.jboss.logging.Logger;

/**
 * Takes encounter reports off the generation queue and hands each to the generator, in the message's transaction:
 * a failure rolls back and the broker delivers again (then dead-letters); a message for a report already generated
 * does nothing. Two at a time at most (the machine's cores are shared with the requests).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = JmsGenerationQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class EncounterReportConsumer implements MessageListener {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(EncounterReportConsumer.class);

    @EJB
    EncounterReportGenerator generator;

    @Override
    public void onMessage(Message message) {
        UUID id = reportId(message);
        if (id == null) {
            return;
        }
        generator.generate(id);
    }

    /** The report the message names; {@code null} (logged, and the message dropped) for one that names none. */
    private static UUID reportId(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                try (JsonReader reader = JSON.createReader(new StringReader(text.getText()))) {
                    JsonObject body = reader.readObject();
                    return UUID.fromString(body.getString("reportId"));
                }
            }
        } catch (JMSException | JsonException | ClassCastException | NullPointerException
                 | IllegalArgumentException e) {
            LOG.warnf("Dropped a message of the encounter report queue that names no report: %s", e.getMessage());
            return null;
        }
        LOG.warnf("Dropped a message of the encounter report queue that is not a JSON text");
        return null;
    }
}
