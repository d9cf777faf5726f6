package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void encodesAsTheSeedsExamplesShow() {
        assertThat(Cursors.encode("3")).isEqualTo("eyJrIjpbIjMiXX0=");
        assertThat(Cursors.decode("eyJrIjpbIjIiXX0=")).isEqualTo("2");
    }

    @Test
    void leavesForeignCursorsForTheIdCheckToRefuse() {
        assertThat(Cursors.decode("not a cursor")).isEqualTo("not a cursor");
        assertThat(Cursors.decode(null)).isNull();
    }
}
