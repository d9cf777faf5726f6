package org.caregate.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caregate.kernel.event.PublishedEvent;
import org.caregate.webhooks.application.Payloads;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void retriesDoubleFromThirtySecondsUpToEightHoursAndStopAfterThreeDays() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(10)).isEqualTo(Duration.ofMinutes(256));
        assertThat(schedule.delayAfter(11)).isEqualTo(Duration.ofHours(8));
        assertThat(schedule.delayAfter(500)).isEqualTo(Duration.ofHours(8));
        Duration total = Duration.ZERO;
        int attempts = 1;
        while (!schedule.givesUp(NOW, NOW.plus(total))) {
            total = total.plus(schedule.delayAfter(attempts++));
        }
        assertThat(total).isBetween(Duration.ofHours(72), Duration.ofHours(80));
        assertThat(attempts).isBetween(17, 20);
        assertThat(schedule.dueForNotice(NOW, NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThat(schedule.dueForNotice(NOW, NOW.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void receiverAnswersMeanWhatTheyShould() {
        assertThat(new ReceiverAnswer(204, null).delivered()).isTrue();
        assertThat(new ReceiverAnswer(301, null).delivered()).isFalse();
        assertThat(new ReceiverAnswer(410, null).gone()).isTrue();
        assertThat(ReceiverAnswer.none().delivered()).isFalse();
        assertThat(new ReceiverAnswer(429, "120").retryAt(NOW)).contains(NOW.plusSeconds(120));
        assertThat(new ReceiverAnswer(503, "Mon, 23 Nov 2026 12:05:00 GMT").retryAt(NOW)).contains(NOW.plusSeconds(300));
        assertThat(new ReceiverAnswer(503, "999999").retryAt(NOW)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(new ReceiverAnswer(500, "120").retryAt(NOW)).isEmpty();
        assertThat(new ReceiverAnswer(429, "soon").retryAt(NOW)).isEmpty();
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        EndpointPolicy policy = new EndpointPolicy("", host -> InetAddress.getAllByName(host));
        assertThat(policy.refusal("https://93.184.215.14/hook")).isEmpty();
        assertThat(policy.refusal("http://[2606:4700::1111]/hook")).isEmpty();
        for (String refused : List.of("http://10.20.30.40/hook", "http://172.16.0.1/x", "http://192.168.1.1/x",
                "http://100.64.0.1/x", "http://198.18.0.1/x", "http://192.0.0.8/x", "http://255.255.255.255/x",
                "http://[fd12:3456::1]/x", "http://[fd00:ec2::254]/x", "http://[::ffff:10.0.0.1]/x",
                "http://127.0.0.1/x", "http://169.254.169.254/latest", "http://[::1]/x",
                "http://[fe80::1]/x", "http://0.0.0.0/x", "http://[::ffff:127.0.0.1]/x", "http://100.100.100.200/x",
                "http://metadata.google.internal/", "gopher://example.org/", "http://u:p@example.org/",
                "https://example.org/#frag", "http:///nohost", "not a url", "")) {
            assertThat(policy.refusal(refused)).as(refused).isPresent();
        }
        EndpointPolicy allowing = new EndpointPolicy("127.0.0.0/8, 10.20.0.0/16, receiver.internal", host -> {
            if (host.equals("receiver.internal")) {
                return new InetAddress[] {InetAddress.getByName("169.254.1.1")};
            }
            return InetAddress.getAllByName(host);
        });
        assertThat(allowing.refusal("http://127.0.0.5:9000/x")).isEmpty();
        assertThat(allowing.refusal("http://10.20.30.40/hook")).as("a hospital network the operator allowed").isEmpty();
        assertThat(allowing.refusal("http://10.21.0.1/hook")).isPresent();
        assertThat(allowing.refusal("http://receiver.internal/x")).isEmpty();
        assertThat(allowing.refusal("http://169.254.169.254/x")).isPresent();
        EndpointPolicy rebinding = new EndpointPolicy(null, host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        assertThat(rebinding.refusal("https://innocent.example/x")).as("a name resolving inside").isPresent();
    }

    @Test
    void eventsMapToEachContractsNamesAndPayloads() {
        PublishedEvent cancelled = new PublishedEvent(UUID.randomUUID(), "appointment.cancelled", NOW, "appointment", "77", 1L,
                List.of("pm_status", "updated_at"));
        assertThat(EventNames.forEvent(WebhookStyle.HEALTHIE, cancelled.type())).contains("appointment.updated");
        assertThat(EventNames.forEvent(WebhookStyle.SOLO, cancelled.type())).contains("appointment:cancelled");
        assertThat(EventNames.forEvent(WebhookStyle.SOLO, "availability.created")).isEmpty();
        assertThat(Payloads.healthie("appointment.updated", cancelled)).isEqualTo("{\"resource_id\":77,"
                + "\"resource_id_type\":\"Appointment\",\"event_type\":\"appointment.updated\","
                + "\"changed_fields\":[\"pm_status\",\"updated_at\"]}");
        assertThat(Payloads.solo("appointment:cancelled", cancelled))
                .isEqualTo("{\"event\":\"appointment:cancelled\",\"data\":{\"appointmentId\":77}}");
        PublishedEvent archived = new PublishedEvent(UUID.randomUUID(), "patient.archived", NOW, "patient", "5", 1L, List.of("active"));
        assertThat(Payloads.solo(EventNames.forEvent(WebhookStyle.SOLO, archived.type()).orElseThrow(), archived))
                .isEqualTo("{\"event\":\"patient:deactivated\",\"data\":{\"patientId\":5}}");
        assertThat(Payloads.healthie("patient.created", archived)).doesNotContain("changed_fields");
        PublishedEvent episode = new PublishedEvent(UUID.randomUUID(), "episode.updated", NOW, "episode",
                "bd43a830-6c0b-4120-b5b8-78a117f8ee02", 1L, List.of("status", "updated_at"));
        assertThat(Payloads.solo(EventNames.forEvent(WebhookStyle.SOLO, episode.type()).orElseThrow(), episode))
                .isEqualTo("{\"event\":\"episode:updated\",\"data\":{\"episodeId\":\"bd43a830-6c0b-4120-b5b8-78a117f8ee02\"}}");
        assertThat(EventNames.forEvent(WebhookStyle.SOLO, "episode.created")).contains("episode:created");
        assertThat(EventNames.unknown(WebhookStyle.SOLO, List.of("episode:created", "appointment:lwbs", "nope")))
                .containsExactly("nope");
        assertThat(EventNames.isKnown(WebhookStyle.HEALTHIE, "form_answer_group.signed")).isTrue();
        assertThat(EventNames.firing(WebhookStyle.HEALTHIE)).contains("applied_tag.created", "form_answer_group.signed")
                .contains("billing_item.created", "billing_item.updated")
                .contains("requested_payment.created", "requested_payment.updated")
                .doesNotContain("form_answer_group.updated", "care_plan.created");
        PublishedEvent invoice = new PublishedEvent(UUID.randomUUID(), "requested_payment.updated", NOW,
                "requested_payment", "7", 1L, List.of("debt", "status"));
        assertThat(Payloads.healthie("requested_payment.updated", invoice)).contains("\"resource_id_type\":\"RequestedPayment\"");
        PublishedEvent locked = new PublishedEvent(UUID.randomUUID(), "form_answer_group.locked", NOW,
                "form_answer_group", "123", 1L, List.of());
        assertThat(Payloads.healthie("form_answer_group.locked", locked)).as("seed 001's automation example")
                .isEqualTo("{\"resource_id\":123,\"resource_id_type\":\"FormAnswerGroup\","
                        + "\"event_type\":\"form_answer_group.locked\"}");
        assertThat(EventNames.forEvent(WebhookStyle.HEALTHIE, "form_answer_group.updated")).isEmpty();
    }
}
