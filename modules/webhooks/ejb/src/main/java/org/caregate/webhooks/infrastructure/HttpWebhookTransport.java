package org.caregate.webhooks.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.caregate.webhooks.application.WebhookTransport;
import org.caregate.webhooks.domain.ReceiverAnswer;

/**
 * Delivers over HTTP with {@code java.net.http}: a connect timeout, a timeout for the whole answer, redirects not
 * followed (a receiver that moved must be re-registered, and a redirect could lead to an internal address), and at
 * most 1 KiB of the answer's body read and kept for the log.
 */
public class HttpWebhookTransport implements WebhookTransport {

    static final int KEPT_BODY = 1024;
    private static final String USER_AGENT = "Caregate-Webhooks/1.0";

    private final HttpClient client;
    private final Duration responseTimeout;

    public HttpWebhookTransport(Duration connectTimeout, Duration responseTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.responseTimeout = responseTimeout;
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(responseTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = new String(in.readNBytes(KEPT_BODY), StandardCharsets.UTF_8);
            }
            return new Response(new ReceiverAnswer(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null)), millisSince(started), null, excerpt);
        } catch (HttpTimeoutException e) {
            return new Response(ReceiverAnswer.none(), millisSince(started), "timed out: " + e.getMessage(), null);
        } catch (IOException e) {
            return new Response(ReceiverAnswer.none(), millisSince(started),
                    "no answer: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(ReceiverAnswer.none(), millisSince(started), "interrupted: the server is stopping", null);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
