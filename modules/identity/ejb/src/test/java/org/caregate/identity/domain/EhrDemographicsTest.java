package org.caregate.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EhrDemographicsTest {

    private static final LocalDateTime DIED = LocalDateTime.of(2020, 3, 31, 10, 12);

    @Test
    void aDeathNeedsItsTimeAndATimeNeedsADeath() {
        assertThatThrownBy(() -> demographics(true, null)).hasMessageContaining("required");
        assertThatThrownBy(() -> demographics(false, DIED)).hasMessageContaining("only allowed");
        assertThat(demographics(true, DIED).deceasedAt()).isEqualTo(DIED);
        assertThat(demographics(false, null).documentJson()).isEqualTo("{}");
    }

    private static EhrDemographics demographics(boolean deceased, LocalDateTime at) {
        return new EhrDemographics("MRN", null, null, null, null, null, deceased, at, false, null, null, null);
    }
}
