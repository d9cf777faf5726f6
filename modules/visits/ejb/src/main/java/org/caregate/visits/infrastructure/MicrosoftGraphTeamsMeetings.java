package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.caregate.kernel.error.ExternalServiceException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.visits.application.TeamsMeetings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates Teams meetings through Microsoft Graph ({@code POST /v1.0/me/onlineMeetings}) with the user's own token.
 * Enabled by CAREGATE_TEAMS_GRAPH_URL (https://graph.microsoft.com in production); answers are read with a size
 * cap and time limits.
 */
@ApplicationScoped
public class MicrosoftGraphTeamsMeetings implements TeamsMeetings {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final int MAX_ANSWER = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "caregate.teams.graph-url")
    Optional<String> graphUrl;

    @Override
    public boolean configured() {
        return graphUrl.filter(url -> !url.isBlank()).isPresent();
    }

    @Override
    public String createMeeting(String userToken, String subject, Instant start, Instant end) {
        String base = graphUrl.orElseThrow().replaceAll("/+$", "");
        String body = JSON.createObjectBuilder().add("startDateTime", start.toString()).add("endDateTime", end.toString())
                .add("subject", subject).build().toString();
        HttpResponse<byte[]> answer;
        try {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1.0/me/onlineMeetings"))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + userToken)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ExternalServiceException("Microsoft Teams could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException("Microsoft Teams could not be reached");
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new UnauthenticatedException("Microsoft Teams refused the Teams-Auth-Token");
        }
        if (answer.statusCode() / 100 != 2 || answer.body().length > MAX_ANSWER) {
            throw new ExternalServiceException("Microsoft Teams could not create the meeting (HTTP " + answer.statusCode() + ")");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(new String(answer.body(),
                java.nio.charset.StandardCharsets.UTF_8)))) {
            JsonObject meeting = reader.readObject();
            String join = meeting.getString("joinWebUrl", meeting.getString("joinUrl", null));
            if (join == null || join.isBlank()) {
                throw new ExternalServiceException("Microsoft Teams answered without a join URL");
            }
            return join;
        } catch (JsonException | ClassCastException e) {
            throw new ExternalServiceException("Microsoft Teams answered something that is not a meeting");
        }
    }
}
