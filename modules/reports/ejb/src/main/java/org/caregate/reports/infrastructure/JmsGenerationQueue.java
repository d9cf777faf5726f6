package org.caregate.reports.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.util.UUID;
import org.caregate.reports.application.GenerationQueue;

/**
 * The generation queue on the broker ({@value #QUEUE}): one persistent JSON text message per report,
 * {@code {"reportId": "…"}}, sent through the XA connection factory so it commits with the report's row, and is
 * kept in the broker's journal across restarts. A delay makes it a scheduled message, kept likewise.
 */
@Dependent
public class JmsGenerationQueue implements GenerationQueue {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The queue's address; redelivery and dead-lettering as every {@code caregate.#} address (docs/jms.md). */
    public static final String QUEUE = "caregate.reports.EncounterReportQueue";

    @Resource(lookup = "java:/jms/caregate/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public void enqueue(UUID reportId, Duration delay) {
        String body = JSON.createObjectBuilder().add("reportId", reportId.toString()).build().toString();
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setDeliveryDelay(Math.max(0, delay.toMillis()))
                    .setProperty("reportId", reportId.toString())
                    .send(context.createQueue(QUEUE), body);
        }
    }
}
