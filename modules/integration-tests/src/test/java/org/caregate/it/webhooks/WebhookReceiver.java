package org.caregate.it.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A hospital's webhook receiver on loopback: records every request (method, path, query, headers in lower case,
 * body) and answers what the test told it per path — a queue of statuses, then 200 — optionally with Retry-After,
 * or holds the answer back until released (a delivery in flight).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String method, String path, String query, Map<String, String> headers, String body,
                           Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> stalled = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        return start(0);
    }

    /** A receiver on a fixed port (a stand-in the server is configured to call), or any free port with 0. */
    public static WebhookReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a path on this receiver. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** The next answers at this path, in order; 200 after them. */
    public void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    /** Forgets the answers still queued for the path: 200 from now on. */
    public void answerNormally(String path) {
        answers.remove(path);
    }

    public void retryAfter(String path, String value) {
        retryAfter.put(path, value);
    }

    /** Requests at this path are held unanswered until {@link #release}. */
    public void hold(String path) {
        held.put(path, new CountDownLatch(1));
    }

    /** Requests at this path get their status and headers, then not one byte of the promised body until released. */
    public void stallAfterHeaders(String path) {
        stalled.put(path, new CountDownLatch(1));
    }

    public void release(String path) {
        CountDownLatch stall = stalled.remove(path);
        if (stall != null) {
            stall.countDown();
        }
        CountDownLatch latch = held.remove(path);
        if (latch != null) {
            latch.countDown();
        }
    }

    public List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code count} requests at the path match, and returns all that do. */
    public List<Received> await(String path, Predicate<Received> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Received> found = List.of();
        while (System.nanoTime() < deadline) {
            found = at(path).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(100);
        }
        throw new AssertionError("expected " + count + " matching requests at " + path + " within " + timeout
                + ", got " + found.size() + "; all at the path: " + at(path));
    }

    public List<Received> await(String path, int count, Duration timeout) {
        return await(path, r -> true, count, timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(exchange.getRequestMethod(), path, query == null ? "" : query, headers, body,
                Instant.now()));
        CountDownLatch hold = held.get(path);
        if (hold != null) {
            try {
                hold.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        CountDownLatch stall = stalled.get(path);
        if (stall != null) {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().flush();
            try {
                stall.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        Integer status = answers.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
        int answer = status == null ? 200 : status;
        if (retryAfter.containsKey(path) && (answer == 429 || answer == 503)) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter.get(path));
        }
        byte[] reply = ("answered " + answer).getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
        } catch (IOException e) {
            // the sender is gone (killed): nothing to answer
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        held.values().forEach(CountDownLatch::countDown);
        server.stop(0);
    }
}
