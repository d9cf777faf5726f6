package org.caregate.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.caregate.kernel.error.FieldMessage;
import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void reportsWhatAnAdapterCouldNotReadAtEachFieldsTurn() {
        Inputs adapter = new Inputs();
        adapter.id("user_id", "x");
        adapter.timezone("timezone", "Mars/Olympus");
        Reading reading = new Reading(Set.of("user_id", "timezone", "notes"), adapter.problems());
        assertThat(reading.sent("notes")).isTrue();
        assertThat(reading.sent("location")).isFalse();

        Inputs useCase = new Inputs();
        useCase.problem("appointment_type_id", "Appointment type not found");
        useCase.report(reading, "user_id");
        useCase.problem("providers", "Provider not found");
        useCase.report(reading, "timezone");
        useCase.report(reading, "datetime");
        assertThat(useCase.problems()).containsExactly(
                new FieldMessage("appointment_type_id", "Appointment type not found"),
                new FieldMessage("user_id", "is not a valid id"),
                new FieldMessage("providers", "Provider not found"),
                new FieldMessage("timezone", "is not a known time zone (use an IANA name such as America/New_York)"));
    }

    @Test
    void reportsEachUnreadableEntryOfAListInItsTurn() {
        Inputs adapter = new Inputs();
        adapter.id("provider_ids", "x");
        adapter.id("provider_ids", "y");
        Reading reading = new Reading(Set.of("provider_ids"), adapter.problems());

        Inputs useCase = new Inputs();
        useCase.problem("provider_ids", "Provider not found");
        useCase.report(reading, "provider_ids", 0);
        useCase.problem("provider_ids", "Provider not found");
        useCase.report(reading, "provider_ids", 1);
        useCase.report(reading, "provider_ids", 2);
        assertThat(useCase.problems()).containsExactly(
                new FieldMessage("provider_ids", "Provider not found"),
                new FieldMessage("provider_ids", "is not a valid id"),
                new FieldMessage("provider_ids", "Provider not found"),
                new FieldMessage("provider_ids", "is not a valid id"));
    }
}
