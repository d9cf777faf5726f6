package org.caregate.webhooks.application;

import java.net.URI;
import java.util.Map;
import org.caregate.webhooks.domain.ReceiverAnswer;

/** Port: POSTs a delivery to a receiver and reports how it answered. Never throws for the receiver's failures. */
public interface WebhookTransport {

    Response post(URI url, Map<String, String> headers, String body);

    /**
     * @param error   why there was no answer (refused, timed out), or {@code null}
     * @param excerpt the start of the answer's body, at most 1,024 characters
     */
    record Response(ReceiverAnswer answer, long latencyMillis, String error, String excerpt) {
    }
}
