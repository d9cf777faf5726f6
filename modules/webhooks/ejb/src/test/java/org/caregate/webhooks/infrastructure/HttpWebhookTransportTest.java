package org.caregate.webhooks.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.caregate.webhooks.application.WebhookTransport.Response;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport against a real HTTP receiver on loopback: what it keeps of an answer, its one deadline, and that
 * it connects only to the addresses the endpoint policy checked (issue 11, findings 6 and 7).
 */
class HttpWebhookTransportTest {

    /** Loopback is allowed here, as an installation's allow-list would; the names below exist only in this map. */
    private static final Map<String, String> NAMES = Map.of("receiver.test", "127.0.0.1", "rebound.test", "127.0.0.1");

    private final CountDownLatch stop = new CountDownLatch(1);
    private HttpServer receiver;
    private ScheduledExecutorService deadlines;
    private HttpWebhookTransport transport;

    @BeforeEach
    void receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/ok", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            byte[] body = "thanks".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        receiver.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (stop.getCount() > 0) {
                    out.write("internal-secret ".repeat(64).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException dropped) {
                // the transport hung up after its excerpt, as it should
            }
        });
        receiver.createContext("/silent", exchange -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        receiver.start();
        EndpointPolicy policy = new EndpointPolicy("receiver.test", HttpWebhookTransportTest::resolve);
        deadlines = Executors.newSingleThreadScheduledExecutor();
        transport = new HttpWebhookTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), policy, deadlines);
    }

    @AfterEach
    void stop() {
        stop.countDown();
        transport.close();
        deadlines.shutdownNow();
        receiver.stop(0);
    }

    @Test
    void keepsTheStatusRetryAfterAndBodyOfAnAnswer() {
        Response response = transport.post(url("receiver.test", "/ok"), Map.of("Content-Type", "application/json"), "{}");
        assertThat(response.answer().statusCode()).isEqualTo(201);
        assertThat(response.answer().retryAfter()).isEqualTo("120");
        assertThat(response.excerpt()).isEqualTo("thanks");
        assertThat(response.error()).isNull();
    }

    @Test
    void readsOneKibibyteOfABodyThatNeverEndsAndHangsUp() {
        long started = System.nanoTime();
        Response response = transport.post(url("receiver.test", "/endless"), Map.of(), "{}");
        assertThat(response.answer().statusCode()).isEqualTo(200);
        assertThat(response.excerpt()).hasSize(HttpWebhookTransport.KEPT_BODY).startsWith("internal-secret");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void givesUpOnAReceiverThatNeverAnswersAtTheDeadline() {
        Response response = transport.post(url("receiver.test", "/silent"), Map.of(), "{}");
        assertThat(response.answer().statusCode()).isNull();
        assertThat(response.error()).startsWith("timed out");
        assertThat(response.latencyMillis()).isBetween(1_900L, 4_000L);
    }

    @Test
    void aReceiverThatRefusesTheConnectionIsLoggedWithoutItsAddress() throws IOException {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        Response response = transport.post(URI.create("http://receiver.test:" + closed + "/ok"), Map.of(), "{}");
        assertThat(response.error()).isEqualTo("no answer: the connection was refused").doesNotContain("127.0.0.1");
    }

    @Test
    void connectsOnlyToTheAddressesThePolicyCheckedAndRefusesAnInternalOne() {
        // rebound.test resolves to loopback, which the policy refuses for it: no second lookup can get past that
        Response response = transport.post(url("rebound.test", "/ok"), Map.of(), "{}");
        assertThat(response.answer().statusCode()).isNull();
        assertThat(response.error()).isEqualTo("no answer: refused: the host leads to an internal address");
    }

    private URI url(String host, String path) {
        return URI.create("http://" + host + ":" + receiver.getAddress().getPort() + path);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }
}
