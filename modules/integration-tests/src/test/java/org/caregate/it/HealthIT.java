package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
    void theServerStartsFromTheClassArchiveOfAnEarlierRunOrWritesOne() throws Exception {
        // ADR 37: the suite's server maps the archive an earlier stop wrote into its base directory, or writes one
        // when it stops (bin/standalone.conf; StandaloneConfTest covers which, and when) - and the JVM took it
        assertThat(TestServer.get().javaCommandLine()).containsPattern(
                "-XX:(SharedArchiveFile|ArchiveClassesAtExit)=\\S+/data/class-sharing/classes-\\d+\\.jsa");
        assertThat(Files.readString(TestServer.get().consoleLog()))
                .doesNotContain("Unable to use shared archive").doesNotContain("[error][cds");
    }
}
