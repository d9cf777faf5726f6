package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operations watch: Caregate's readiness on the application port, WildFly's on the management port. */
class HealthIT {

    @Test
    void readinessReportsTheDatabaseAndTheBrokerWithoutAKey() {
        HttpResponse<String> ready = Api.send(HttpRequest.newBuilder(Api.uri("/health/ready")));
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject body = Api.json(ready.body());
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").toString()).contains("\"database\"").contains("\"jms-broker\"")
                .contains("\"embedded\":" + TestServer.get().brokerEmbedded());
        assertThat(Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/health/live"))).body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void wildFlysOwnReadinessSeesTheDeployment() {
        HttpResponse<String> server = Api.send(HttpRequest.newBuilder(
                java.net.URI.create(TestServer.get().managementUrl() + "/health/ready")));
        assertThat(server.statusCode()).isEqualTo(200);
        assertThat(server.body()).contains("caregate.ear");
    }

    @Test
    void aServerThatRunsOutOfMemoryExitsInsteadOfStayingUpDead() {
        // issue 11 finding 2: after an OutOfMemoryError the server answered nothing for twelve minutes
        assertThat(TestServer.get().javaCommandLine()).contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void theServerStartsFromTheClassArchiveOfAnEarlierRunOrWritesOne() {
        // ADR 37: the suite's server has either mapped the archive an earlier stop of this build wrote, or writes one
        // when it stops (bin/standalone.conf; StandaloneConfTest covers which, and when)
        assertThat(TestServer.get().javaCommandLine()).containsPattern(
                "-XX:(SharedArchiveFile|ArchiveClassesAtExit)=\\S+/standalone/data/class-sharing/classes-\\d+\\.jsa");
    }
}
