package org.caregate.visits.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VideoVisitFacadeBeanTest {

    private static final Caller STAFF = new Caller(7L, 1L, Role.STAFF, Privileges.NONE, "test", "127.0.0.1");

    @Test
    void withoutTeamsConfiguredTheTeamsLinkIsAClearRefusal() {
        VideoVisitFacadeBean visits = withTeams(false, "no meeting may be created without Teams configured");
        assertThatThrownBy(() -> visits.teamsProviderLink(STAFF, "12", "token"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Microsoft Teams is not configured");
    }

    @Test
    void aTeamsTokenWithAControlCharacterIsRefusedBeforeTeamsIsCalled() {
        // issue 11, finding 9: a 0x7F byte in the header reached Java's HTTP client, which refused it with a 500
        VideoVisitFacadeBean visits = withTeams(true, "no meeting may be created with a malformed token");
        assertThatThrownBy(() -> visits.teamsProviderLink(STAFF, "12", "eyJ0eXAi\u007fOiJKV1Qi"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Teams-Auth-Token: is not a bearer token");
    }

    /** The facade with a Teams that is (or is not) configured and must not be asked for a meeting. */
    private static VideoVisitFacadeBean withTeams(boolean configured, String neverCalledBecause) {
        VideoVisitFacadeBean visits = new VideoVisitFacadeBean();
        visits.teams = new TeamsMeetings() {
            @Override
            public boolean configured() {
                return configured;
            }

            @Override
            public String createMeeting(String userToken, String subject, Instant start, Instant end) {
                throw new AssertionError(neverCalledBecause);
            }
        };
        return visits;
    }
}
