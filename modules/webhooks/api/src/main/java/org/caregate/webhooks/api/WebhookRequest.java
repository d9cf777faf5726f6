package org.caregate.webhooks.api;

import java.util.List;

/**
 * A subscription as a client asks for it: its URL and event names, in the words of one contract.
 *
 * @param style           {@code healthie} or {@code solo}
 * @param shouldRetry     whether failed deliveries are retried (default yes); {@code null} keeps the current value
 * @param standardHeaders whether deliveries also carry Standard Webhooks headers; {@code null} keeps the current value
 * @param enabled         switch a subscription off or back on; {@code null} leaves it as it is
 */
public record WebhookRequest(String style, String url, List<String> eventTypes, Boolean shouldRetry,
                             Boolean standardHeaders, Boolean enabled) {
}
