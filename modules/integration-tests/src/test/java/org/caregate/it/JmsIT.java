package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * JMS as PLATFORM-NOTES describes it — Artemis through its resource adapter, the embedded broker — proven from
 * inside the container by the probe deployed beside the EAR.
 */
class JmsIT {

    @Test
    void aMessageSentInACommittedTransactionIsConsumedOnce() throws InterruptedException {
        String probe = "commit-" + Api.unique();
        assertThat(post("/jms-probe/send/" + probe)).isEqualTo(204);

        awaitAtLeast(() -> received("consumer", probe), 1, Duration.ofSeconds(20));
        Thread.sleep(500);
        assertThat(received("consumer", probe)).isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws InterruptedException {
        String rolledBack = "rollback-" + Api.unique();
        String committed = "after-rollback-" + Api.unique();
        assertThat(post("/jms-probe/send/" + rolledBack + "?rollback=true")).isEqualTo(204);
        assertThat(post("/jms-probe/send/" + committed)).isEqualTo(204);

        // the committed message, sent after the rolled-back one, arrives; the rolled-back one never does
        awaitAtLeast(() -> received("consumer", committed), 1, Duration.ofSeconds(20));
        Thread.sleep(1000);
        assertThat(received("consumer", rolledBack)).isZero();
    }

    @Test
    void aConsumerThatKeepsFailingSendsTheMessageToTheDeadLetterQueueAfterTheConfiguredDeliveries() {
        String probe = "poison-" + Api.unique();
        assertThat(post("/jms-probe/poison/" + probe)).isEqualTo(204);

        awaitAtLeast(() -> deadLetters(probe), 1, Duration.ofSeconds(30));
        assertThat(received("poison", probe)).isEqualTo(TestServer.MAX_DELIVERY_ATTEMPTS);
        assertThat(deadLetters(probe)).isEqualTo(1);
        // issue 11 finding 12: dead letters were never surfaced; readiness shows how many wait
        jakarta.json.JsonObject broker = Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/health/ready"))).body())
                .getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("jms-broker")).findFirst().orElseThrow();
        assertThat(broker.getJsonObject("data").getJsonNumber("dead_letters").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOperatorSendsDeadLettersBackToTheConsumerThatGaveUpOnThem() {
        // issue 11 finding 12: an operator command replays dead-lettered events
        String probe = "replayed-" + Api.unique();
        assertThat(post("/jms-probe/poison/" + probe)).isEqualTo(204);
        awaitAtLeast(() -> deadLetters(probe), 1, Duration.ofSeconds(30));
        String replay = "mutation { replayDeadLetters { replayed messages { field message } } }";

        jakarta.json.JsonObject refused = Api.graphql(Fixtures.newOrganization("Tenant " + Api.unique()), replay, null);
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("FORBIDDEN");
        assertThat(deadLetters(probe)).isEqualTo(1);

        jakarta.json.JsonObject replayed = Api.data(TestServer.BOOTSTRAP_KEY, replay, null)
                .getJsonObject("replayDeadLetters");
        assertThat(replayed.getInt("replayed")).isGreaterThanOrEqualTo(1);
        awaitAtLeast(() -> received("poison", probe), 2 * TestServer.MAX_DELIVERY_ATTEMPTS, Duration.ofSeconds(30));
        awaitAtLeast(() -> deadLetters(probe), 1, Duration.ofSeconds(30));
    }

    private static int post(String path) {
        return Api.send(HttpRequest.newBuilder(Api.uri(path)).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    private static int received(String consumer, String probe) {
        return Integer.parseInt(Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/received/" + consumer + "/" + probe))).body());
    }

    private static int deadLetters(String probe) {
        return Integer.parseInt(Api.send(HttpRequest.newBuilder(Api.uri("/jms-probe/dead-letters/" + probe))).body());
    }

    private static void awaitAtLeast(IntSupplier value, int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (value.getAsInt() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still " + value.getAsInt() + " (expected " + expected + ") after " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
