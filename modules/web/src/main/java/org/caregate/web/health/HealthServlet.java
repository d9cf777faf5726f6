package org.caregate.web.health;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caregate.runtime.api.PlatformStatus;

/**
 * Ready when the database answers and the JMS broker (embedded or external) accepts a connection; live while the
 * application answers at all. 200 with {@code "status": "UP"}, or 503 with {@code "DOWN"}; nothing secret is shown.
 */
@WebServlet(urlPatterns = {"/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    PlatformStatus platform;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        boolean up = true;
        if (request.getServletPath().endsWith("ready")) {
            boolean database = platform.databaseReachable();
            boolean brokerUp = platform.brokerReachable();
            checks.add(check("database", database));
            JsonObjectBuilder broker = JSON.createObjectBuilder().add("embedded", platform.brokerEmbedded());
            long deadLetters = brokerUp ? platform.deadLetters() : -1;
            if (deadLetters >= 0) {
                // not a reason to stop sending traffic here, but what operations must look at: events nobody handled
                broker.add("dead_letters", deadLetters);
            }
            checks.add(JSON.createObjectBuilder(check("jms-broker", brokerUp)).add("data", broker));
            up = database && brokerUp;
        } else {
            checks.add(check("application", true));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", checks)
                .build().toString());
    }

    private static JsonObject check(String name, boolean up) {
        return JSON.createObjectBuilder().add("name", name).add("status", up ? "UP" : "DOWN").build();
    }
}
