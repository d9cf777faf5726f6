package org.caregate.outreach.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.outreach.domain.Channel;
import org.caregate.outreach.domain.Invitation;
import org.caregate.outreach.domain.Message;
import org.caregate.outreach.domain.OutreachRepository;
import org.caregate.outreach.domain.Purpose;
import org.caregate.scheduling.api.OutreachVisit;
import org.caregate.scheduling.api.VisitDirectory;
import org.junit.jupiter.api.Test;

/** Sending one due message: what the mail server refuses is retried; what can never be sent fails alone, at once. */
class OutreachSenderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    private final List<String> recorded = new ArrayList<>();
    private final OutreachRepository outreach = (OutreachRepository) Proxy.newProxyInstance(
            OutreachRepository.class.getClassLoader(), new Class<?>[] {OutreachRepository.class},
            (proxy, method, arguments) -> {
                recorded.add(method.getName() + (arguments == null || arguments.length < 2 ? "" : " " + arguments[1]));
                return null;
            });
    private final VisitDirectory visits = (organizationId, kind, id) -> Optional.of(new OutreachVisit(kind, id,
            organizationId, "Downtown PT", START, START.plusSeconds(1800), "UTC", "Ada", "x|y@example.com", null,
            "https://care.example/visit/t", false));
    private final List<String> mailed = new ArrayList<>();

    @Test
    void aMessageThatCannotBeComposedFailsAtOnceWithItsReasonAndTheNextIsStillSent() {
        MailOutbox mail = new MailOutbox() {
            @Override
            public String sender() {
                return "clinic@example.org";
            }

            @Override
            public void send(String to, String subject, String text, Invitation invitation) {
                if (to.startsWith("poison")) {
                    throw new IllegalArgumentException("Illegal character in opaque part");
                }
                mailed.add(to);
            }
        };
        OutreachSender sender = new OutreachSender(outreach, visits, null, null, null, mail, (to, text) -> { },
                Clock.fixed(NOW, ZoneOffset.UTC));

        sender.send(confirmation("poison@example.com"));
        sender.send(confirmation("ada@example.com"));

        assertThat(recorded.get(0)).startsWith("markUndeliverable cannot be sent: java.lang.IllegalArgumentException");
        assertThat(recorded.get(1)).isEqualTo("markSent");
        assertThat(mailed).containsExactly("ada@example.com");
    }

    @Test
    void aRefusalOfTheMailServerIsTriedAgainLater() {
        MailOutbox refusing = new MailOutbox() {
            @Override
            public String sender() {
                return "clinic@example.org";
            }

            @Override
            public void send(String to, String subject, String text, Invitation invitation) {
                throw new OutreachFailure("the mail server refused the message: 451", null);
            }
        };
        new OutreachSender(outreach, visits, null, null, null, refusing, (to, text) -> { }, Clock.fixed(NOW, ZoneOffset.UTC))
                .send(confirmation("ada@example.com"));
        assertThat(recorded).containsExactly("markFailed the mail server refused the message: 451");
    }

    private static Message confirmation(String to) {
        return new Message(UUID.randomUUID(), "appointment", "42", 7L, Purpose.CONFIRMATION, Channel.EMAIL, to, 0,
                START, NOW);
    }
}
