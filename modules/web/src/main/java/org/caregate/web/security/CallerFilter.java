package org.caregate.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.caregate.identity.api.AccessFacade;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.TooManyRequestsException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Establishes who is calling before any API runs: a request id (the client's {@code X-Request-Id} when sensible,
 * else a new one, echoed in the response and in the logs), the client address, and the caller the presented key
 * stands for; then it holds the request to the {@link RequestLimits}. A request with an unknown key, or without a key for anything but signing up or in, is refused
 * with 401; a key past its rate limit, or a client address past the limit for requests without a key
 * ({@link AnonymousLimits}), with 429.
 */
@WebFilter(urlPatterns = {"/graphql", "/graphql/*", "/qapi/*", "/teleconsultation", "/teleconsultation/*",
        "/integrations/*", "/documents/*"})
public class CallerFilter extends HttpFilter {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(CallerFilter.class);
    private static final Pattern SENSIBLE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final int MAX_ANONYMOUS_BODY = 1024 * 1024;
    private static final int MAX_KEYED_BODY = 8 * 1024 * 1024;

    @EJB
    AccessFacade access;

    @Inject
    CurrentCaller current;

    @Inject
    AnonymousLimits anonymous;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = requestId(request.getHeader("X-Request-Id"));
        response.setHeader("X-Request-Id", requestId);
        MDC.put("requestId", requestId);
        try {
            serve(request, response, chain, requestId);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure serving a request", e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                ErrorResponses.write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "INTERNAL",
                        "Internal error; quote request id " + requestId + " to your administrator");
            }
        } finally {
            MDC.remove("requestId");
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String requestId)
            throws IOException, ServletException {
        String address = request.getRemoteAddr();
        Optional<String> key = Credentials.presentedKey(request.getHeader("Authorization"), request.getHeader("Api-Key"));
        HttpServletRequest forwarded = request;
        Caller caller;
        if (key.isPresent()) {
            try {
                caller = access.authenticate(key.get(), requestId, address);
            } catch (UnauthenticatedException e) {
                ErrorResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                        ErrorResponses.UNAUTHENTICATED, e.getMessage());
                return;
            } catch (TooManyRequestsException e) {
                response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
                ErrorResponses.write(request, response, 429, ErrorResponses.TOO_MANY_REQUESTS, e.getMessage());
                return;
            }
        } else {
            caller = Caller.anonymous(requestId, address);
            try {
                anonymous.acquire(address);
            } catch (TooManyRequestsException e) {
                response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
                ErrorResponses.write(request, response, 429, ErrorResponses.TOO_MANY_REQUESTS, e.getMessage());
                return;
            }
        }
        if (isGraphQlPost(request)) {
            int most = key.isPresent() ? MAX_KEYED_BODY : MAX_ANONYMOUS_BODY;
            byte[] body = request.getInputStream().readNBytes(most + 1);
            if (body.length > most) {
                ErrorResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "PAYLOAD_TOO_LARGE", key.isPresent() ? "A GraphQL request may be at most 8 MiB"
                                : "An unauthenticated GraphQL request may be at most 1 MiB");
                return;
            }
            String contentType = request.getContentType();
            if (GraphQlMultipart.isMultipart(contentType)) {
                GraphQlMultipart.Result json = GraphQlMultipart.toJson(contentType, body);
                if (json.refusal() != null) {
                    ErrorResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
                            json.refusal());
                    return;
                }
                body = json.json();
                contentType = "application/json";
            }
            Optional<String> malformed = GraphQlEnvelope.problem(contentType, request.getHeader("Content-Encoding"),
                    body);
            if (malformed.isPresent()) {
                ErrorResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
                        malformed.get());
                return;
            }
            CachedBodyRequest cached = new CachedBodyRequest(request, body, contentType);
            forwarded = cached;
            if (key.isEmpty() && !anonymousMayRun(request, response, cached)
                    || tooMuch(request, response, queryOf(request, cached))) {
                return;
            }
        } else if (ErrorResponses.isGraphQl(request)) {
            if (key.isEmpty() && !anonymousMayRun(request, response, null)
                    || tooMuch(request, response, request.getParameter("query"))) {
                return;
            }
        } else if (carriesBody(request)) {
            int most = key.isPresent() ? MAX_KEYED_BODY : MAX_ANONYMOUS_BODY;
            byte[] body = request.getInputStream().readNBytes(most + 1);
            if (body.length > most) {
                ErrorResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "PAYLOAD_TOO_LARGE", "A request body may be at most " + (most >> 20) + " MiB");
                return;
            }
            Optional<String> malformed = restBodyProblem(request, body);
            if (malformed.isPresent()) {
                ErrorResponses.badInput(request, response, "body", malformed.get());
                return;
            }
            forwarded = new CachedBodyRequest(request, body);
        }
        current.establish(caller);
        chain.doFilter(forwarded, response);
    }

    private static boolean carriesBody(HttpServletRequest request) {
        return switch (request.getMethod().toUpperCase(java.util.Locale.ROOT)) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
    }

    /**
     * What is wrong with a REST request's body ({@link RequestLimits}), or empty. A body that does not claim to be
     * JSON is left to the resource, which answers 415.
     */
    private static Optional<String> restBodyProblem(HttpServletRequest request, byte[] body) {
        StringBuilder text = new StringBuilder();
        String type = request.getContentType();
        boolean json = type == null || type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        // a file sent as the body (Solo's attachments) is bytes, not text: only how it is sent is checked
        boolean file = !json && !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/");
        Optional<String> encoding = RequestLimits.encoding(type, request.getHeader("Content-Encoding"),
                file ? new byte[0] : body, text);
        if (encoding.isPresent()) {
            return encoding;
        }
        return json && !text.toString().isBlank() ? RequestLimits.json(text.toString(), null) : Optional.empty();
    }

    /** Refuses a document that asks for more than one request may ({@link DocumentLimits}); whether it did. */
    private static boolean tooMuch(HttpServletRequest request, HttpServletResponse response, String query)
            throws IOException {
        Optional<String> excess = DocumentLimits.excess(query);
        if (excess.isPresent()) {
            ErrorResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST", excess.get());
            return true;
        }
        return false;
    }

    /** The GraphQL document of a request whose envelope was checked ({@link GraphQlEnvelope}). */
    private static String queryOf(HttpServletRequest request, CachedBodyRequest cached) {
        if (request.getContentType() != null && request.getContentType().startsWith("application/graphql")) {
            return cached.bodyText();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(cached.bodyText()))) {
            return text(reader.readObject(), "query");
        } catch (JsonException | ClassCastException malformed) {
            return null;
        }
    }

    private static boolean isGraphQlPost(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod()) && "/graphql".equals(request.getServletPath())
                && request.getPathInfo() == null;
    }

    /** Whether an unauthenticated GraphQL request may run; answers the refusal when it may not. */
    private static boolean anonymousMayRun(HttpServletRequest request, HttpServletResponse response,
                                           CachedBodyRequest cached) throws IOException {
        PublicGraphQlOperations.Verdict verdict = anonymousVerdict(request, cached);
        if (verdict == PublicGraphQlOperations.Verdict.NEEDS_A_KEY) {
            ErrorResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    ErrorResponses.UNAUTHENTICATED, "Authentication required: send your API key as "
                            + "'Authorization: Basic <key>' (with 'AuthorizationSource: API') or 'Api-Key: <key>'");
            return false;
        }
        if (verdict == PublicGraphQlOperations.Verdict.TOO_MUCH) {
            ErrorResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
                    "A request without a key may hold one mutation, or at most "
                            + PublicGraphQlOperations.MOST_ANONYMOUS_QUERY_FIELDS
                            + " query fields (aliases count), and no batch");
            return false;
        }
        return true;
    }

    /** What an unauthenticated GraphQL request may do: run, only with a key, or not at all (too much). */
    private static PublicGraphQlOperations.Verdict anonymousVerdict(HttpServletRequest request,
                                                                    CachedBodyRequest cached) {
        if (cached == null) {
            String query = request.getParameter("query");
            return query == null ? PublicGraphQlOperations.Verdict.PUBLIC
                    : PublicGraphQlOperations.judge(query, request.getParameter("operationName"));
        }
        String body = cached.bodyText();
        if (request.getContentType() != null && request.getContentType().startsWith("application/graphql")) {
            return PublicGraphQlOperations.judge(body, null);
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return verdictOf(reader.read());
        } catch (JsonException | ClassCastException malformed) {
            return PublicGraphQlOperations.Verdict.PUBLIC;
        }
    }

    private static PublicGraphQlOperations.Verdict verdictOf(JsonValue value) {
        if (!(value instanceof JsonObject request)) {
            return PublicGraphQlOperations.Verdict.PUBLIC;
        }
        return PublicGraphQlOperations.judge(text(request, "query"), text(request, "operationName"));
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String requestId(String offered) {
        if (offered != null && SENSIBLE_REQUEST_ID.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
