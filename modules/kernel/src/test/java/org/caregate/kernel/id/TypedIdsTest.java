package org.caregate.kernel.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class TypedIdsTest {

    @Test
    void readsTheNumberAClientSends() {
        assertThat(AppointmentId.parse("id", " 42 ")).isEqualTo(new AppointmentId(42));
        assertThat(AppointmentTypeId.parse("id", "7").value()).isEqualTo(7);
        assertThat(AvailabilityId.parse("id", "8").value()).isEqualTo(8);
        assertThat(UserId.parse("id", "9").value()).isEqualTo(9);
        assertThat(UserGroupId.parse("id", "10").value()).isEqualTo(10);
        assertThat(TagId.parse("id", "11").value()).isEqualTo(11);
        assertThat(ApiKeyId.parse("id", "12").value()).isEqualTo(12);
        assertThat(AppointmentSettingId.parse("id", "13").value()).isEqualTo(13);
    }

    @Test
    void refusesAMissingIdOnItsFieldAsUseCasesAlwaysHave() {
        for (String blank : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> AppointmentId.parse("id", blank))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).containsExactly(new FieldMessage("id", "can't be blank"));
                        assertThat(e.getMessage()).isEqualTo("id: can't be blank");
                    });
        }
    }

    @Test
    void refusesAMalformedIdOnItsField() {
        for (String malformed : new String[] {"12x", "0", "-3", "1.5", "99999999999999999999"}) {
            assertThatThrownBy(() -> UserId.parse("user_id", malformed))
                    .as(malformed)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldMessage("user_id", "is not a valid id")));
        }
    }

    @Test
    void anIdIsPositive() {
        assertThatThrownBy(() -> new AvailabilityId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppointmentTypeId(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaitingRoomIsNamedByAUuid() {
        assertThat(WaitingRoomId.parse("id", " 3f1e7c2a-0b7d-4c1e-9a55-2d6f0e8b9c10 ").value())
                .isEqualTo(UUID.fromString("3f1e7c2a-0b7d-4c1e-9a55-2d6f0e8b9c10"));
        assertThatThrownBy(() -> WaitingRoomId.parse("id", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldMessage("id", "can't be blank")));
        assertThatThrownBy(() -> WaitingRoomId.parse("id", "12")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldMessage("id", "is not a valid id")));
    }
}
