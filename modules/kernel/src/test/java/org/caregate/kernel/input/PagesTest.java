package org.caregate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void anUnpagedListOfAtMostTheLimitIsAnsweredWholeAndOneMoreIsRefusedNotCut() {
        List<String> full = Collections.nCopies(Pages.UNPAGED_LIMIT, "row");
        assertThat(Pages.withinUnpagedLimit(full, "should_paginate", "users")).hasSize(1000);

        List<String> probed = Collections.nCopies(Pages.unpagedQueryLimit(), "row");
        assertThatThrownBy(() -> Pages.withinUnpagedLimit(probed, "should_paginate", "users"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("should_paginate");
                    assertThat(e.problems().get(0).message()).isEqualTo(
                            "More than 1000 users match; page through them with should_paginate and page_size");
                });
    }
}
