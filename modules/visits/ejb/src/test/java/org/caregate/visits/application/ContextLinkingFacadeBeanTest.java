package org.caregate.visits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.platform.crypto.SoloCipher;
import org.caregate.visits.domain.LinkingSecretRepository;
import org.junit.jupiter.api.Test;

/**
 * Context-aware links that must not be honoured all get one and the same answer (issue 11, finding 8): a link the
 * secret does not open, one that opens to something else, one that breaks the schema and one whose date is far from
 * now are indistinguishable to the caller, so the CBC encryption cannot be probed as a padding oracle, and a captured
 * link cannot be replayed days later.
 */
class ContextLinkingFacadeBeanTest {

    private static final String SECRET = "the clinic's shared secret";
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final ContextLinkingFacadeBean linking = new ContextLinkingFacadeBean();

    ContextLinkingFacadeBeanTest() {
        linking.secrets = new LinkingSecretRepository() {
            @Override
            public Map<Long, String> all() {
                return Map.of(7L, SECRET, 8L, "another clinic's secret");
            }

            @Override
            public void save(long organizationId, String secret) {
                throw new UnsupportedOperationException();
            }
        };
        linking.settings = new VisitSettings();
        linking.settings.contextLinkWindowMinutes = 720;
        linking.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void everyLinkThatIsNotHonouredGetsTheSameAnswer() {
        String good = link(NOW.getEpochSecond());
        String sealed = SoloCipher.encrypt(SECRET, good);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(36));
        raw[raw.length - 17] ^= 1; // flips the last byte of the last block: its padding no longer holds
        String badPadding = sealed.substring(0, 36) + Base64.getEncoder().encodeToString(raw);

        List<List<FieldMessage>> answers = List.of(
                refusal(SoloCipher.encrypt("somebody else's secret", good)),
                refusal(badPadding),
                refusal(SoloCipher.encrypt(SECRET, "{ not json")),
                refusal(SoloCipher.encrypt(SECRET, "{\"user\":\"1\",\"type\":\"nurse\"}")),
                refusal(SoloCipher.encrypt(SECRET, link(NOW.minusSeconds(2 * 86_400).getEpochSecond()))),
                refusal(SoloCipher.encrypt(SECRET, link(NOW.plusSeconds(2 * 86_400).getEpochSecond()))));

        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .containsExactly(new FieldMessage("arg", ContextLinkingFacadeBean.UNREADABLE)));
    }

    private List<FieldMessage> refusal(String argument) {
        Throwable refused = catchThrowable(() -> linking.resolve(argument));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) refused).problems();
    }

    private static String link(long date) {
        return "{\"user\":\"12\",\"type\":\"patient\",\"visit\":\"42\",\"date\":" + date + ",\"patient\":{\"id\":\"EHR-1\","
                + "\"sex\":\"male\",\"dob\":\"1983-08-15\",\"firstName\":\"Mike\",\"lastName\":\"Shinoda\"}}";
    }
}
