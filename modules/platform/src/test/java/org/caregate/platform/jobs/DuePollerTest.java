package org.caregate.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuePollerTest {

    @Test
    void runsBatchesUntilOneComesBackShortAndSurvivesAFailingOne() {
        List<Integer> asked = new ArrayList<>();
        int[] due = {7};
        DuePoller poller = new DuePoller("things", 3, limit -> {
            asked.add(limit);
            if (due[0] < 0) {
                throw new IllegalStateException("database down");
            }
            int claimed = Math.min(limit, due[0]);
            due[0] -= claimed;
            return claimed;
        });
        poller.poll();
        assertThat(asked).containsExactly(3, 3, 3);
        assertThat(due[0]).isZero();

        due[0] = -1;
        poller.poll();
        due[0] = 2;
        poller.poll();
        assertThat(asked).containsExactly(3, 3, 3, 3, 3);
        assertThat(due[0]).isZero();
    }
}
