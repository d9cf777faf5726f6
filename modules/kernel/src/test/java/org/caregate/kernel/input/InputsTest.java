package org.caregate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void collectsEveryProblemBeforeRefusing() {
        Inputs inputs = new Inputs();
        assertThat(inputs.required("first_name", "  ")).isNull();
        assertThat(inputs.email("email", "nope", true)).isNull();
        assertThat(inputs.id("dietitian_id", "12x")).isNull();
        assertThat(inputs.timezone("timezone", "Mars/Olympus")).isNull();
        assertThatThrownBy(inputs::check)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("first_name", "email", "dietitian_id", "timezone"));
    }

    @Test
    void acceptsAndNormalisesGoodValues() {
        Inputs inputs = new Inputs();
        assertThat(inputs.required("first_name", " Jonas ")).isEqualTo("Jonas");
        assertThat(inputs.email("email", "jonas@example.com", true)).isEqualTo("jonas@example.com");
        assertThat(inputs.id("id", " 42 ")).isEqualTo(42L);
        assertThat(inputs.id("id", null)).isNull();
        assertThat(inputs.timezone("timezone", "Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(inputs.optional("legal_name", "")).isNull();
        inputs.check();
    }
}
