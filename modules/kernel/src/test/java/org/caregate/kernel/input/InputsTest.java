package org.caregate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

    @Test
    void emailAddressesAreRecognisedByTheirShape() {
        assertThat(Inputs.isEmailAddress("jonas@example.com")).isTrue();
        assertThat(Inputs.isEmailAddress("a.b+c@mail.example.org")).isTrue();
        assertThat(Inputs.isEmailAddress("x|y@example.com")).isTrue();
        assertThat(Inputs.isEmailAddress("@example.com")).isFalse();
        assertThat(Inputs.isEmailAddress("jonas@")).isFalse();
        assertThat(Inputs.isEmailAddress("jonas@example")).isFalse();
        assertThat(Inputs.isEmailAddress("jonas@.com")).isFalse();
        assertThat(Inputs.isEmailAddress("jonas@example.")).isFalse();
        assertThat(Inputs.isEmailAddress("jo nas@example.com")).isFalse();
        assertThat(Inputs.isEmailAddress("jonas@exa@mple.com")).isFalse();
        assertThat(Inputs.isEmailAddress("a".repeat(250) + "@e.co")).isFalse();
    }

    @Test
    void aHostileEmailIsRefusedInOnePass() {
        // issue 11 finding 4: "a@" + 40,000 dots + "@" took 8-9 s of CPU through a backtracking regular expression;
        // a million characters must be refused at once (a quadratic check would run for hours)
        String hostile = "a@" + ".".repeat(1_000_000) + "@";
        Inputs inputs = new Inputs();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(inputs.email("email", hostile, true)).isNull());
        assertThatThrownBy(inputs::check).isInstanceOf(InvalidInputException.class);
    }
}
