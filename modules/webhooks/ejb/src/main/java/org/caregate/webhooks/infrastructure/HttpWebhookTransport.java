package org.caregate.webhooks.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.caregate.webhooks.application.WebhookTransport;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.ReceiverAnswer;

/**
 * Delivers over HTTP with Apache HttpClient: a connect timeout, one deadline for the whole answer — status, headers
 * and the part of the body that is kept — so that a receiver that stops half-way holds an attempt no longer than the
 * response timeout; redirects not followed (a receiver that moved must be re-registered, and a redirect could lead
 * to an internal address); at most 1 KiB of the answer's body read and kept for the log. Host names are resolved
 * by the endpoint policy, which checks the addresses and hands exactly those to the connection, so no second
 * lookup between the check and the connection can lead to an internal address (DNS rebinding).
 */
public class HttpWebhookTransport implements WebhookTransport {

    static final int KEPT_BODY = 1024;
    private static final String USER_AGENT = "Caregate-Webhooks/1.0";

    private final CloseableHttpClient client;
    private final Duration responseTimeout;
    private final ScheduledExecutorService deadlines;

    /** @param deadlines where each attempt's deadline is kept: the container's scheduler */
    public HttpWebhookTransport(Duration connectTimeout, Duration responseTimeout, EndpointPolicy endpoints,
                                ScheduledExecutorService deadlines) {
        this.responseTimeout = responseTimeout;
        this.deadlines = deadlines;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedAddresses(endpoints))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout)).build())
                        .setMaxConnTotal(256).setMaxConnPerRoute(8)
                        .build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().setUserAgent(USER_AGENT)
                .build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body) {
        HttpPost request = new HttpPost(url);
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, StandardCharsets.UTF_8));
        AtomicBoolean timedOut = new AtomicBoolean();
        long started = System.nanoTime();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, request, null);
            try {
                return answer(request, response, started);
            } finally {
                if (!request.isCancelled()) {
                    response.close();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (timedOut.get()) {
                return new Response(ReceiverAnswer.none(), millisSince(started),
                        "timed out: no complete answer within " + responseTimeout, null);
            }
            return new Response(ReceiverAnswer.none(), millisSince(started), "no answer: " + failure(e), null);
        } finally {
            deadline.cancel(false);
        }
    }

    /** Drops the pooled connections (the server is stopping). */
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    /**
     * The receiver's status and Retry-After, and the first {@link #KEPT_BODY} bytes of its body. A body longer than
     * that is not read on: the request is cancelled, which drops the connection (closing it would read the rest),
     * however much more the receiver would send.
     */
    private static Response answer(HttpPost request, ClassicHttpResponse response, long started) throws IOException {
        Header retryAfter = response.getFirstHeader("Retry-After");
        String excerpt = "";
        HttpEntity entity = response.getEntity();
        InputStream in = entity == null ? null : entity.getContent();
        if (in != null) {
            excerpt = new String(in.readNBytes(KEPT_BODY), StandardCharsets.UTF_8);
            if (in.read() != -1) {
                request.cancel();
            }
        }
        return new Response(new ReceiverAnswer(response.getCode(), retryAfter == null ? null : retryAfter.getValue()),
                millisSince(started), null, excerpt);
    }

    /**
     * What went wrong, in words a tenant's admin may read in the delivery log: the endpoint policy's own refusal, or
     * the kind of failure — never the exception's text, which names the addresses the host resolved to.
     */
    static String failure(Exception e) {
        if (e instanceof UnknownHostException) {
            String refusal = e.getMessage() == null ? "" : e.getMessage();
            if (refusal.contains("internal address")) {
                return "refused: the host leads to an internal address";
            }
            return refusal.contains("metadata") ? "refused: the host is a cloud metadata service"
                    : "the host name could not be resolved";
        }
        if (e instanceof ConnectTimeoutException || e instanceof SocketTimeoutException) {
            return "timed out connecting or reading";
        }
        if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake failed";
        }
        if (e instanceof NoHttpResponseException || e instanceof ClientProtocolException) {
            return "the receiver did not answer with HTTP";
        }
        return "the connection failed";
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Resolves through the endpoint policy: the addresses it checked are the ones connected to. */
    private record CheckedAddresses(EndpointPolicy endpoints) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return endpoints.connectableAddresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    }
}
