package org.caregate.web.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.caregate.identity.api.PatientRecord;
import org.caregate.identity.api.UserView;
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
    void listEntriesMustBeObjects() {
        // issue 11, finding 9: telecom entries as bare strings were stored, and every later read of the patient failed
        assertThatThrownBy(() -> SoloPatientJson.read("""
                {"id": "EHR-9", "name": [{"use": "usual", "firstName": "A", "lastName": "B"}],
                 "telecom": ["a@example.org"], "address": [7]}""", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("telecom: Each entry should be an object", "address: Each entry should be an object"));
    }

    @Test
    void writesTheListsAsSentWithTheCurrentNameEmailAndPhone() {
        String sent = "{\"name\":[{\"use\":\"official\",\"firstName\":\"Michael\",\"lastName\":\"S\"},"
                + "{\"use\":\"usual\",\"firstName\":\"Mike\",\"lastName\":\"Shinoda\",\"alias\":\"MS\"}],"
                + "\"telecom\":[{\"use\":\"work\",\"system\":\"email\",\"value\":\"old@x.co\"},"
                + "{\"system\":\"fax\",\"value\":\"123\"}],\"address\":[{\"city\":\"New York\"}]}";
        UserView patient = new UserView(7, 1, true, null, false, "Michael", "Shinoda", null, "new@x.co", "+1 555",
                java.time.LocalDate.of(1983, 8, 15), "male", null, null, null, true, null, null, "EHR-7", "MRN-1", null,
                null, null, null, null, false, null, true, "family", "Shinodas", sent, java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);

        jakarta.json.JsonObject byId = read(SoloPatientJson.write(patient, true));
        assertThat(byId.getJsonArray("name").getJsonObject(0).getString("firstName")).isEqualTo("Michael");
        assertThat(byId.getJsonArray("name").getJsonObject(1).getString("firstName")).isEqualTo("Michael");
        assertThat(byId.getJsonArray("name").getJsonObject(1).getString("alias")).isEqualTo("MS");
        assertThat(byId.getJsonArray("telecom").toString()).contains("new@x.co").doesNotContain("old@x.co")
                .contains("\"work\"").contains("fax").contains("+1 555");
        assertThat(byId.getJsonArray("address").getJsonObject(0).getString("city")).isEqualTo("New York");
        assertThat(byId.getJsonObject("sharedEmailGroup").getString("name")).isEqualTo("Shinodas");
        assertThat(byId.getString("birthDate")).isEqualTo("1983-08-15");

        jakarta.json.JsonObject bySpid = read(SoloPatientJson.write(patient, false));
        assertThat(bySpid.getString("groupType")).isEqualTo("family");
        assertThat(bySpid.containsKey("sharedEmailGroup")).isFalse();
    }

    private static jakarta.json.JsonObject read(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertThatThrownBy(() -> SoloPatientJson.read("[1, 2]", false)).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> SoloPatientJson.read("{oops", false)).hasMessageContaining("Malformed JSON");
        assertThatThrownBy(() -> SoloPatientJson.read("", false)).hasMessageContaining("JSON object");
    }
}
