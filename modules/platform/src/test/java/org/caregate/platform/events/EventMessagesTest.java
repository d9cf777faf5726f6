package org.caregate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caregate.kernel.event.PublishedEvent;
import org.junit.jupiter.api.Test;

/** The topic's message text is a contract with hospital consumers (docs/jms.md): pinned byte for byte. */
class EventMessagesTest {

    private static final PublishedEvent MOVED = new PublishedEvent(
            UUID.fromString("519f1a70-c3b6-4ec9-8827-4d38ae75e2d7"), "appointment.rescheduled",
            Instant.parse("2026-11-23T17:10:00.032Z"), "appointment", "42", 7L, List.of("date", "start"));

    @Test
    void anEventIsWrittenExactlyAsDocumented() {
        assertThat(EventMessages.write(MOVED, 12L, "req-1")).isEqualTo("{\"id\":\"519f1a70-c3b6-4ec9-8827-4d38ae75e2d7\","
                + "\"type\":\"appointment.rescheduled\",\"occurredAt\":\"2026-11-23T17:10:00.032Z\","
                + "\"resourceType\":\"appointment\",\"resourceId\":\"42\",\"organizationId\":7,\"actorId\":12,"
                + "\"requestId\":\"req-1\",\"changedFields\":[\"date\",\"start\"]}");
    }

    @Test
    void missingOrganizationActorAndResourceAreNulls() {
        PublishedEvent bare = new PublishedEvent(MOVED.id(), "patient.created", MOVED.occurredAt(), "patient", null,
                null, List.of());
        assertThat(EventMessages.write(bare, null, "r")).contains("\"resourceId\":null,\"organizationId\":null,"
                + "\"actorId\":null,\"requestId\":\"r\",\"changedFields\":[]");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameEvent() {
        assertThat(EventMessages.read(EventMessages.write(MOVED, 12L, "req-1"))).contains(MOVED);
    }

    @Test
    void textThatIsNoEventReadsAsNone() {
        assertThat(EventMessages.read("not json")).isEmpty();
        assertThat(EventMessages.read("{\"id\":\"x\"}")).isEmpty();
        assertThat(EventMessages.read((String) null)).isEmpty();
    }
}
