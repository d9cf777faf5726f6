package org.caregate.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * "Stripe" for the suite: the subset of Stripe's API Caregate uses — customers, payment methods from test tokens
 * attached to customers, confirmed payment intents, refunds — honouring {@code Idempotency-Key} as Stripe does: the
 * same key with the same parameters replays the first answer (status and body, {@code Idempotent-Replayed: true});
 * with other parameters it answers 400 {@code idempotency_error}. Test tokens as Stripe's: {@code tok_visa} (4242),
 * {@code tok_mastercard} (4444), {@code tok_chargeDeclined} (declined, generic_decline),
 * {@code tok_chargeDeclinedInsufficientFunds} (declined, insufficient_funds). {@link #answerSlowly} makes the next
 * charge happen but its answer come late, past Caregate's timeout — a charge whose answer is lost.
 */
public final class StripeStandIn {

    /** Where the server reaches "Stripe" (TestServer sets CAREGATE_BILLING_STRIPE_URL to it). */
    public static final int PORT = 18668 + 100;

    private static StripeStandIn instance;

    private final HttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Map<String, String>> paymentMethods = new ConcurrentHashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();
    private final List<Map<String, String>> charges = new ArrayList<>();
    private final Map<String, Long> refundedByIntent = new HashMap<>();
    private final Map<String, Long> amountByIntent = new HashMap<>();
    private volatile long slowMillis;
    private final Set<Long> declineOnce = new HashSet<>();

    private record Replay(String path, String parameters, int status, String body) {
    }

    private StripeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/", this::handle);
        server.start();
    }

    /** The stand-in, started on first use; it runs until the test JVM exits. */
    public static synchronized StripeStandIn get() {
        if (instance == null) {
            try {
                instance = new StripeStandIn();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The next charge of this amount (minor units), on any card, is declined for insufficient funds — once. */
    public synchronized void declineNextChargeOf(long amountMinor) {
        declineOnce.add(amountMinor);
    }

    /** The next charge is made, but answered only after {@code millis}. */
    public void answerSlowly(long millis) {
        slowMillis = millis;
    }

    /**
     * The charges made (not replays) under this client idempotency key — as Caregate sends it on the deployment's
     * shared account, prefixed with the organization ({@code org-12:<key>}).
     */
    public synchronized long chargesWithKey(String key) {
        return charges.stream().filter(c -> c.get("_key") != null
                && (c.get("_key").equals(key) || c.get("_key").matches("org-\\d+:" + Pattern.quote(key)))).count();
    }

    /** The charges made (not replays) of this amount in minor units to this customer's cards, any key. */
    public synchronized List<Map<String, String>> charges() {
        return List.copyOf(charges);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer sk_test_")) {
                send(exchange, 401, error("invalid_request_error", null, null, "Invalid API Key provided"));
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String parameters = new TreeMap<>(form).toString();
            long delay = 0;
            int status;
            String body;
            synchronized (this) {
                Replay earlier = key == null ? null : replays.get(key);
                if (earlier != null) {
                    if (!earlier.path.equals(path) || !earlier.parameters.equals(parameters)) {
                        send(exchange, 400, error("idempotency_error", null, null, "Keys for idempotent requests can "
                                + "only be used with the same parameters they were first used with. Try using a key "
                                + "other than '" + key + "' if you meant to execute a different request."));
                        return;
                    }
                    exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
                    send(exchange, earlier.status, earlier.body);
                    return;
                }
                String[] answer = answer(path, form, key);
                status = Integer.parseInt(answer[0]);
                body = answer[1];
                if (key != null) {
                    replays.put(key, new Replay(path, parameters, status, body));
                }
                if (path.equals("/v1/payment_intents") && slowMillis > 0) {
                    delay = slowMillis;
                    slowMillis = 0;
                }
            }
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            send(exchange, status, body);
        }
    }

    /** {status, body} of a first request (called holding the lock). */
    private String[] answer(String path, Map<String, String> form, String key) {
        if (path.equals("/v1/customers")) {
            return ok("{\"id\":\"cus_" + ids.incrementAndGet() + "\",\"object\":\"customer\"}");
        }
        if (path.equals("/v1/payment_methods")) {
            String token = form.getOrDefault("card[token]", "");
            String[] card = switch (token) {
                case "tok_visa" -> new String[] {"visa", "4242"};
                case "tok_mastercard" -> new String[] {"mastercard", "4444"};
                case "tok_chargeDeclined" -> new String[] {"visa", "0002"};
                case "tok_chargeDeclinedInsufficientFunds" -> new String[] {"visa", "9995"};
                default -> null;
            };
            if (card == null) {
                return new String[] {"400", error("invalid_request_error", "resource_missing", null,
                        "No such token: '" + token + "'")};
            }
            String id = "pm_" + ids.incrementAndGet();
            paymentMethods.put(id, Map.of("token", token, "brand", card[0], "last4", card[1]));
            return ok(paymentMethod(id, null));
        }
        if (path.startsWith("/v1/payment_methods/") && path.endsWith("/attach")) {
            String id = path.substring("/v1/payment_methods/".length(), path.length() - "/attach".length());
            if (!paymentMethods.containsKey(id)) {
                return new String[] {"404", error("invalid_request_error", "resource_missing", null,
                        "No such PaymentMethod: '" + id + "'")};
            }
            return ok(paymentMethod(id, form.get("customer")));
        }
        if (path.equals("/v1/payment_intents")) {
            Map<String, String> method = paymentMethods.get(form.getOrDefault("payment_method", ""));
            if (method == null) {
                return new String[] {"400", error("invalid_request_error", "resource_missing", null,
                        "No such PaymentMethod")};
            }
            String id = "pi_" + ids.incrementAndGet();
            String decline = switch (method.get("token")) {
                case "tok_chargeDeclined" -> "generic_decline|Your card was declined.";
                case "tok_chargeDeclinedInsufficientFunds" -> "insufficient_funds|Your card has insufficient funds.";
                default -> null;
            };
            if (decline == null && declineOnce.remove(Long.parseLong(form.getOrDefault("amount", "0")))) {
                decline = "insufficient_funds|Your card has insufficient funds.";
            }
            if (decline != null) {
                String[] parts = decline.split("\\|");
                return new String[] {"402", error("card_error", "card_declined", parts[0], parts[1])};
            }
            Map<String, String> charge = new HashMap<>(form);
            charge.put("_key", key == null ? "" : key);
            charge.put("_id", id);
            charges.add(charge);
            amountByIntent.put(id, Long.parseLong(form.get("amount")));
            return ok("{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\",\"amount\":"
                    + form.get("amount") + ",\"currency\":\"" + form.get("currency") + "\"}");
        }
        if (path.equals("/v1/refunds")) {
            String intent = form.getOrDefault("payment_intent", "");
            Long paid = amountByIntent.get(intent);
            if (paid == null) {
                return new String[] {"400", error("invalid_request_error", "resource_missing", null,
                        "No such payment_intent: '" + intent + "'")};
            }
            long amount = Long.parseLong(form.getOrDefault("amount", Long.toString(paid)));
            long refunded = refundedByIntent.getOrDefault(intent, 0L);
            if (refunded + amount > paid) {
                return new String[] {"400", error("invalid_request_error", "amount_too_large", null,
                        "Refund amount is greater than unrefunded amount on charge")};
            }
            refundedByIntent.put(intent, refunded + amount);
            return ok("{\"id\":\"re_" + ids.incrementAndGet() + "\",\"object\":\"refund\",\"status\":\"succeeded\","
                    + "\"amount\":" + amount + "}");
        }
        return new String[] {"404", error("invalid_request_error", null, null, "Unrecognized request URL")};
    }

    /** The refunded amount (minor units) of a payment intent. */
    public synchronized long refunded(String paymentIntent) {
        return refundedByIntent.getOrDefault(paymentIntent, 0L);
    }

    private String paymentMethod(String id, String customer) {
        Map<String, String> method = paymentMethods.get(id);
        return "{\"id\":\"" + id + "\",\"object\":\"payment_method\",\"type\":\"card\",\"customer\":"
                + (customer == null ? "null" : "\"" + customer + "\"") + ",\"card\":{\"brand\":\""
                + method.get("brand") + "\",\"last4\":\"" + method.get("last4")
                + "\",\"exp_month\":12,\"exp_year\":2034}}";
    }

    private static String[] ok(String body) {
        return new String[] {"200", body};
    }

    private static String error(String type, String code, String declineCode, String message) {
        return "{\"error\":{\"type\":\"" + type + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"")
                + (declineCode == null ? "" : ",\"decline_code\":\"" + declineCode + "\"")
                + ",\"message\":\"" + message.replace("\"", "'") + "\"}}";
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_standin");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
