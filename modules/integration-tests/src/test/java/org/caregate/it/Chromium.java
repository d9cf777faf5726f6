package org.caregate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's headless Chromium driven over the DevTools protocol: open pages, evaluate script in them, click. Only
 * what the visit page test needs; started with the flags this machine kind needs (no background networking).
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path profile;
    private final int port;

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static Chromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("caregate-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        for (int i = 0; i < 100 && !Files.exists(portFile); i++) {
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        return new Chromium(process, profile, port);
    }

    /** Opens a new page at {@code url}. */
    Page open(String url) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/json/new?" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject target = Json.createReader(new StringReader(created.body())).readObject();
        return new Page(target.getString("webSocketDebuggerUrl"));
    }

    /** Stops Chromium and every process it started, then removes its profile. */
    @Override
    public void close() throws IOException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                // a process that does not end in time leaves a file or two in the temporary directory
            }
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException vanished) {
            // a file disappeared while walking: it is gone either way
        }
    }

    /** One page (a DevTools target). */
    static final class Page implements WebSocket.Listener {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        private Page(String url) {
            this.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), this).join();
        }

        /** The value of a script expression, as a string ({@code null} when undefined). */
        String evaluate(String expression) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(Json.createObjectBuilder().add("id", id).add("method", "Runtime.evaluate")
                    .add("params", Json.createObjectBuilder().add("expression", "String(" + expression + ")")
                            .add("returnByValue", true)).build().toString(), true);
            JsonObject result = answer.get(10, TimeUnit.SECONDS).getJsonObject("result").getJsonObject("result");
            String value = result.containsKey("value") ? result.getString("value") : null;
            return "undefined".equals(value) ? null : value;
        }

        /** Waits until the expression's value satisfies the condition; returns it. */
        String await(String expression, Predicate<String> condition, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            String value = evaluate(expression);
            while (!condition.test(value)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(expression + " stayed " + value);
                }
                Thread.sleep(250);
                value = evaluate(expression);
            }
            return value;
        }

        /** Navigates away, as a person closing the page would leave it. */
        void leave() throws Exception {
            evaluate("location.href = 'about:blank'");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = Json.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                if (message.containsKey("id")) {
                    CompletableFuture<JsonObject> answer = pending.remove(message.getInt("id"));
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
