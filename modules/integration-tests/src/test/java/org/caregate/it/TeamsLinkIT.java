package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solo's msteams-provider-link against a local stand-in for Microsoft Graph's online-meetings API: the meeting is
 * created once with the provider's own token, a refused token is a 401, a failing Teams a 502.
 */
class TeamsLinkIT {

    private static HttpServer graph;
    private static final AtomicInteger MEETINGS = new AtomicInteger();
    private static Clinic clinic;
    private static long appointmentId;

    @BeforeAll
    static void standIn() throws IOException {
        URI address = URI.create(TestServer.TEAMS_STAND_IN);
        graph = HttpServer.create(new InetSocketAddress(address.getHost(), address.getPort()), 0);
        graph.createContext("/v1.0/me/onlineMeetings", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = "Bearer good-token".equals(token) && request.contains("\"startDateTime\"") ? 201
                    : "Bearer failing-teams".equals(token) ? 500 : 401;
            byte[] body = (status == 201 ? "{\"joinWebUrl\":\"https://teams.microsoft.com/l/meetup-join/meeting-"
                    + MEETINGS.incrementAndGet() + "\"}" : "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        graph.start();

        clinic = Clinic.open("America/New_York");
        String room = "Teams room " + Api.unique();
        data(clinic.key, "mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, provider_ids: $p}) "
                + "{ waitingRoom { id } } }", vars("n", room, "p", Clinic.ids(clinic.providerId)));
        String ehrId = "EHR-" + Api.unique();
        rest("POST", "/qapi/v1/patients", clinic.key, SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com"));
        appointmentId = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\"}").body()).getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        graph.stop(0);
    }

    private static HttpResponse<String> teamsLink(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri("/qapi/v1/appointments/" + appointmentId
                + "/msteams-provider-link")).header("Api-Key", clinic.key).GET();
        if (token != null) {
            request.header("Teams-Auth-Token", token);
        }
        return Api.send(request);
    }

    @Test
    void createsTheMeetingOnceWithTheProvidersTokenAndRefusesWhatTeamsRefuses() {
        HttpResponse<String> refused = teamsLink("expired-token");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused.body()).getJsonObject("error").getString("message")).contains("refused");
        HttpResponse<String> failing = teamsLink("failing-teams");
        assertThat(failing.statusCode()).isEqualTo(502);
        assertThat(teamsLink(null).statusCode()).isEqualTo(400);

        HttpResponse<String> created = teamsLink("good-token");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String url = json(created.body()).getString("msTeamsProviderVisitUrl");
        assertThat(url).startsWith("https://teams.microsoft.com/l/meetup-join/meeting-");
        assertThat(json(created.body()).getJsonNumber("id").longValue()).isEqualTo(appointmentId);
        int meetings = MEETINGS.get();
        assertThat(json(teamsLink("good-token").body()).getString("msTeamsProviderVisitUrl")).isEqualTo(url);
        assertThat(MEETINGS.get()).isEqualTo(meetings);

        String other = Fixtures.newOrganization("Other Teams clinic " + Api.unique());
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/qapi/v1/appointments/" + appointmentId
                + "/msteams-provider-link")).header("Api-Key", other).header("Teams-Auth-Token", "good-token").GET())
                .statusCode()).isEqualTo(404);
    }
}
