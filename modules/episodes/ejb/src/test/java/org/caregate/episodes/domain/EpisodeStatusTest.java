package org.caregate.episodes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpisodeStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    @Test
    void transitionsFollowFhirEpisodeOfCareAndClosedEpisodesStayClosed() {
        Map<EpisodeStatus, Set<EpisodeStatus>> allowed = Map.of(
                EpisodeStatus.PLANNING, EnumSet.of(EpisodeStatus.PLANNING, EpisodeStatus.WAITLIST,
                        EpisodeStatus.ACTIVE, EpisodeStatus.CANCELED),
                EpisodeStatus.WAITLIST, EnumSet.of(EpisodeStatus.WAITLIST, EpisodeStatus.ACTIVE, EpisodeStatus.CANCELED),
                EpisodeStatus.ACTIVE, EnumSet.of(EpisodeStatus.ACTIVE, EpisodeStatus.ONHOLD, EpisodeStatus.FINISHED,
                        EpisodeStatus.CANCELED),
                EpisodeStatus.ONHOLD, EnumSet.of(EpisodeStatus.ONHOLD, EpisodeStatus.ACTIVE, EpisodeStatus.FINISHED,
                        EpisodeStatus.CANCELED),
                EpisodeStatus.FINISHED, EnumSet.of(EpisodeStatus.FINISHED),
                EpisodeStatus.CANCELED, EnumSet.of(EpisodeStatus.CANCELED));
        for (EpisodeStatus from : EpisodeStatus.values()) {
            for (EpisodeStatus to : EpisodeStatus.values()) {
                assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
        }
        assertThat(EnumSet.allOf(EpisodeStatus.class).stream().filter(EpisodeStatus::terminal))
                .containsExactly(EpisodeStatus.FINISHED, EpisodeStatus.CANCELED);
        assertThat(EnumSet.allOf(EpisodeStatus.class).stream().filter(EpisodeStatus::incomplete))
                .containsExactly(EpisodeStatus.ONHOLD, EpisodeStatus.CANCELED);
    }

    @Test
    void statusesAreWrittenInAnyCaseAndReadInLowerCase() {
        assertThat(EpisodeStatus.named("ONHOLD")).contains(EpisodeStatus.ONHOLD);
        assertThat(EpisodeStatus.named("canceled")).contains(EpisodeStatus.CANCELED);
        assertThat(EpisodeStatus.named("cancelled")).isEmpty();
        assertThat(EpisodeStatus.named(null)).isEmpty();
        assertThat(EpisodeStatus.WAITLIST.readName()).isEqualTo("waitlist");
    }

    @Test
    void anEpisodeMovesOnlyAlongItsTransitionsAndNeverOnceClosed() {
        Episode episode = Episode.open(1, 20, details(EpisodeStatus.PLANNING, null), NOW);
        assertThatThrownBy(() -> episode.revise(details(EpisodeStatus.ONHOLD, null), NOW.plusSeconds(1)))
                .isInstanceOf(IllegalStatusChangeException.class).hasMessage("An episode PLANNING cannot become ONHOLD");
        episode.revise(details(EpisodeStatus.ACTIVE, null), NOW.plusSeconds(2));
        assertThat(episode.details().status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(episode.updatedAt()).isEqualTo(NOW.plusSeconds(2));
        episode.revise(details(EpisodeStatus.CANCELED, "moved away"), NOW.plusSeconds(3));
        episode.revise(details(EpisodeStatus.CANCELED, "moved away"), NOW.plusSeconds(4));
        assertThat(episode.updatedAt()).as("the same details change nothing").isEqualTo(NOW.plusSeconds(3));
        assertThatThrownBy(() -> episode.revise(details(EpisodeStatus.ACTIVE, null), NOW.plusSeconds(5)))
                .isInstanceOf(EpisodeClosedException.class);
        assertThatThrownBy(() -> episode.revise(details(EpisodeStatus.CANCELED, "other reason"), NOW.plusSeconds(5)))
                .as("nothing of a closed episode changes").isInstanceOf(EpisodeClosedException.class);
    }

    @Test
    void detailsEndNoEarlierThanTheyStartAndGiveAReasonOnlyWhenIncomplete() {
        assertThatThrownBy(() -> new EpisodeDetails("a", "b", MARCH, MARCH.minusDays(1), EpisodeStatus.ACTIVE, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(EpisodeStatus.ACTIVE, "unknown")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EpisodeDetails("a", "b", MARCH, MARCH, EpisodeStatus.ONHOLD, null, "unknown").to())
                .isEqualTo(MARCH);
    }

    private static EpisodeDetails details(EpisodeStatus status, String reasonIncomplete) {
        return new EpisodeDetails("covid care", "covid", MARCH, null, status, "recover", reasonIncomplete);
    }
}
