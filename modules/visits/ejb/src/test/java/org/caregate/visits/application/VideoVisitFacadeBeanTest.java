package org.caregate.visits.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VideoVisitFacadeBeanTest {

    @Test
    void withoutTeamsConfiguredTheTeamsLinkIsAClearRefusal() {
        VideoVisitFacadeBean visits = new VideoVisitFacadeBean();
        visits.teams = new TeamsMeetings() {
            @Override
            public boolean configured() {
                return false;
            }

            @Override
            public String createMeeting(String userToken, String subject, Instant start, Instant end) {
                throw new AssertionError("no meeting may be created without Teams configured");
            }
        };
        Caller staff = new Caller(7L, 1L, Role.STAFF, Privileges.NONE, "test", "127.0.0.1");
        assertThatThrownBy(() -> visits.teamsProviderLink(staff, "12", "token"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Microsoft Teams is not configured");
    }
}
