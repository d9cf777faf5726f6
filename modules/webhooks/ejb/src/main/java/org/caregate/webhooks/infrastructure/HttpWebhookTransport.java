package org.caregate.webhooks.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.caregate.webhooks.application.WebhookTransport;
import org.caregate.webhooks.domain.ReceiverAnswer;

/**
 * Delivers over HTTP with {@code java.net.http}: a connect timeout, one deadline for the whole answer — status,
 * headers and the part of the body that is kept — so that a receiver that stops half-way holds an attempt no longer
 * than the response timeout; redirects not followed (a receiver that moved must be re-registered, and a redirect could
 * lead to an internal address), and at most 1 KiB of the answer's body read and kept for the log.
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
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request.build(),
                info -> new Excerpt(KEPT_BODY));
        try {
            HttpResponse<String> response = answer.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(new ReceiverAnswer(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null)), millisSince(started), null,
                    response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Response(ReceiverAnswer.none(), millisSince(started),
                    "timed out: no complete answer within " + responseTimeout, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Response(ReceiverAnswer.none(), millisSince(started), "timed out: " + cause.getMessage(),
                        null);
            }
            return new Response(ReceiverAnswer.none(), millisSince(started), "no answer: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()),
                    null);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Response(ReceiverAnswer.none(), millisSince(started), "interrupted: the server is stopping", null);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Keeps the first bytes of an answer's body and stops reading there: the answer is complete once that much has
     * arrived or the body has ended, whichever comes first, however much more the receiver would send.
     */
    static final class Excerpt implements HttpResponse.BodySubscriber<String> {

        private final int most;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final CompletableFuture<String> text = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Excerpt(int most) {
            this.most = most;
        }

        @Override
        public CompletionStage<String> getBody() {
            return text;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), most - kept.size());
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                kept.write(bytes, 0, take);
            }
            if (kept.size() >= most) {
                subscription.cancel();
                finish();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (kept.size() > 0) {
                finish();
            } else {
                text.completeExceptionally(failure instanceof IOException ? failure : new IOException(failure));
            }
        }

        @Override
        public void onComplete() {
            finish();
        }

        private void finish() {
            text.complete(kept.toString(StandardCharsets.UTF_8));
        }
    }
}
