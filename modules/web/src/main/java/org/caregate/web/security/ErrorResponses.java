package org.caregate.web.security;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refusals made before any adapter runs, written in the shape of the contract the request was made to: GraphQL
 * {@code errors} with an {@code extensions.code}, Solo's {@code {"error": {"message": ...}}}, or the flat
 * {@code {"error": ...}} of the teleconsultation service and the visit page.
 */
final class ErrorResponses {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

    private ErrorResponses() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      String message) throws IOException {
        JsonObject body;
        if (isGraphQl(request)) {
            body = JSON.createObjectBuilder()
                    .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("message", message)
                            .add("extensions", JSON.createObjectBuilder().add("code", code))))
                    .addNull("data")
                    .build();
        } else if (path(request).startsWith("/teleconsultation") || path(request).startsWith("/visit/")) {
            body = JSON.createObjectBuilder().add("error", message).build();
        } else {
            body = JSON.createObjectBuilder()
                    .add("error", JSON.createObjectBuilder().add("message", message))
                    .build();
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"caregate\"");
        }
        response.getWriter().write(body.toString());
    }

    /**
     * Refuses a request for its input with 400, worded as its contract words such refusals: Solo's
     * {@code Bad parameters [field: problem.]}, the reason alone elsewhere.
     */
    static void badInput(HttpServletRequest request, HttpServletResponse response, String field, String problem)
            throws IOException {
        String message = path(request).startsWith("/qapi/") ? "Bad parameters [" + field + ": " + problem + ".]" : problem;
        write(request, response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST", message);
    }

    static boolean isGraphQl(HttpServletRequest request) {
        return path(request).startsWith("/graphql");
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() != null ? request.getPathInfo() : "");
    }
}
