package org.caregate.web.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.caregate.identity.api.PatientRecord;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SoloPatientJsonTest {

    @Test
    void readsTheUsualNameTelecomsAndSolosDeathTimeFormat() {
        PatientRecord record = SoloPatientJson.read("""
                {"id": "EHR-1", "name": [{"use": "official", "firstName": "Michael", "lastName": "S"},
                                         {"use": "usual", "firstName": "Mike", "lastName": "Shinoda"}],
                 "telecom": [{"system": "phone", "value": "+1 (111) 111-1111"}, {"system": "email", "value": "m@x.co"}],
                 "deceased": true, "deceasedAt": "2020-03-31 10:12 PM",
                 "sharedEmailGroup": {"type": "family", "name": "Shinodas"}, "isLinkedByEmail": true}""", true);
        assertThat(record.firstName()).isEqualTo("Mike");
        assertThat(record.email()).isEqualTo("m@x.co");
        assertThat(record.phone()).isEqualTo("+1 (111) 111-1111");
        assertThat(record.deceasedAt()).isEqualTo(LocalDateTime.of(2020, 3, 31, 22, 12));
        assertThat(record.groupName()).isEqualTo("Shinodas");
        assertThat(record.demographicsJson()).contains("\"name\"").contains("\"telecom\"");
    }

    @Test
    void reportsEveryMalformedField() {
        assertThatThrownBy(() -> SoloPatientJson.read("""
                {"active": "yes", "birthDate": "15/08/1983", "deceasedAt": "yesterday", "address": {}}""", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("id", "name", "active", "birthDate", "deceasedAt", "address"));
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertThatThrownBy(() -> SoloPatientJson.read("[1, 2]", false)).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> SoloPatientJson.read("{oops", false)).hasMessageContaining("Malformed JSON");
        assertThatThrownBy(() -> SoloPatientJson.read("", false)).hasMessageContaining("JSON object");
    }
}
