package org.caregate.web.nursing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.AvSessionView;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.DeviceView;
import org.caregate.nursing.api.FacilityLocationView;
import org.caregate.nursing.api.PlacedPatientView;
import org.junit.jupiter.api.Test;

class AssistanceRequestJsonTest {

    private static final CareLocationView ROOM = new CareLocationView(9, new FacilityLocationView(4, "building",
            "hospital"), "ICC-CL-01-02", "floor 2", "431", "bed 2", new DeviceView("123457", "robot", null, true,
            "offline"), null);

    @Test
    void theAnswerHasTheSeedsShapeWithAgeFromTheDateOfBirth() {
        AssistanceRequestView request = new AssistanceRequestView(17, 3, ROOM, new PlacedPatientView(55, "Yura",
                "Lukashik", LocalDate.of(2020, 3, 28), "1234"), "assigned", 7L,
                Instant.parse("2024-03-28T12:02:05Z"), null, List.of());
        JsonObject json = Json.createReader(new StringReader(AssistanceRequestJson.write(request,
                LocalDate.of(2024, 3, 27)))).readObject();
        assertThat(json.keySet()).containsExactly("id", "device", "careLocation", "practice", "patient", "assignedTo",
                "room", "status", "createdAt", "finishedAt", "location", "avSessions", "createdFromExternalApi");
        assertThat(json.getJsonObject("patient").getInt("age")).isEqualTo(3);
        assertThat(json.getJsonObject("patient").getString("middleName")).isEmpty();
        assertThat(json.getString("createdAt")).isEqualTo("2024-03-28T12:02:05+00:00");
        assertThat(json.getString("assignedTo")).isEqualTo("7");
        assertThat(json.getString("practice")).isEqualTo("3");
        assertThat(json.getJsonObject("careLocation").getJsonObject("video").toString()).isEqualTo(
                "{\"type\":\"robot\",\"clientId\":null,\"serialNumber\":\"123457\",\"careLocationId\":\"9\","
                        + "\"skipActivation\":true}");
        assertThat(json.getJsonObject("location").toString()).isEqualTo("{\"id\":\"4\",\"name\":\"hospital\"}");
        assertThat(json.getJsonArray("avSessions")).isEmpty();
    }

    @Test
    void aSessionIsListedWithItsTimesAndTheDevicesLink() {
        AssistanceRequestView request = new AssistanceRequestView(17, 3, ROOM, null, "completed", 7L,
                Instant.parse("2024-03-28T12:02:05Z"), Instant.parse("2024-03-28T12:20:00Z"),
                List.of(new AvSessionView(88, "ended", Instant.parse("2024-03-28T12:05:00Z"),
                        Instant.parse("2024-03-28T12:20:00Z"), "https://care.test/visit/nurse",
                        "https://care.test/visit/room")));
        JsonObject json = Json.createReader(new StringReader(AssistanceRequestJson.write(request,
                LocalDate.of(2024, 3, 27)))).readObject();
        assertThat(json.getJsonArray("avSessions").toString()).isEqualTo("[{\"id\":\"88\",\"status\":\"ended\","
                + "\"startedAt\":\"2024-03-28T12:05:00+00:00\",\"endedAt\":\"2024-03-28T12:20:00+00:00\","
                + "\"joinUrl\":\"https://care.test/visit/room\"}]");
    }

    @Test
    void bodyFieldsWinOverQueryParametersAndNumbersCountAsText() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("room", "from-query");
        query.add("floor", "2");
        CallingPlace place = AssistanceRequestJson.place("{\"building\": \"hospital\", \"room\": 431}", query)
                .orElseThrow();
        assertThat(place).isEqualTo(new CallingPlace("hospital", "2", "431", null, null, null, null));
        assertThat(AssistanceRequestJson.place(null, query).orElseThrow().room()).isEqualTo("from-query");
        assertThat(AssistanceRequestJson.place("[1]", query)).isEmpty();
        assertThat(AssistanceRequestJson.place("{oops", query)).isEmpty();
    }
}
