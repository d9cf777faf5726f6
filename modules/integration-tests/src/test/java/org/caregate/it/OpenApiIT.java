package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} is one document for every REST surface, each operation under its own application's path — what
 * EHR integrators and the fuzz suite discover endpoints from.
 */
class OpenApiIT {

    /** Every REST operation Caregate serves: path → methods. */
    private static final Map<String, List<String>> EVERY_OPERATION = Map.ofEntries(
            Map.entry("/qapi/v1/patients", List.of("post")),
            Map.entry("/qapi/v1/patients/{patient_id}", List.of("get", "put")),
            Map.entry("/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}", List.of("get", "put")),
            Map.entry("/qapi/v1/patients/{patient_id}/appointments", List.of("post")),
            Map.entry("/qapi/v1/patients/HSID/{hsid}/appointments", List.of("post")),
            Map.entry("/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}/appointments", List.of("post")),
            Map.entry("/qapi/v1/appointments/{appointment_id}", List.of("get", "put")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/provider-link", List.of("get")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/visit-note", List.of("get", "put")),
            Map.entry("/qapi/v1/patients/{patient_id}/episodes", List.of("get", "post")),
            Map.entry("/qapi/v1/episodes/{episode_id}", List.of("get", "put")),
            Map.entry("/qapi/v1/episodes/{episode_id}/appointments", List.of("get")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/episode/assign", List.of("put")),
            Map.entry("/qapi/v1/request-assistance", List.of("delete", "get", "post")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/msteams-provider-link", List.of("get")),
            Map.entry("/qapi/v1/appointments/{external_appointment_id}/video-call-links", List.of("get")),
            Map.entry("/qapi/v1/appointments/id/type/SAID/value/{solo_appointment_id}/video-call-links", List.of("get")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/attachments", List.of("get", "post")),
            Map.entry("/qapi/v1/appointments/{appointment_id}/attachments/{attachmentId}", List.of("delete")),
            Map.entry("/qapi/v1/patients/{patient_id}/documents", List.of("post")),
            Map.entry("/qapi/v1/reports/csv-data-dump", List.of("get")),
            Map.entry("/qapi/v1/encounter-report/create", List.of("post")),
            Map.entry("/qapi/v1/encounter-report/status/{reportId}", List.of("get")),
            Map.entry("/qapi/v1/encounter-report/download/{reportId}", List.of("get")),
            Map.entry("/qapi/v1/encounter-report/presets", List.of("get")),
            Map.entry("/qapi/v1/perfect-answer", List.of("post")),
            Map.entry("/qapi/v1/waiting-rooms", List.of("get")),
            Map.entry("/qapi/v1/appointment-slots", List.of("get")),
            Map.entry("/qapi/v1/webhooks", List.of("get", "post")),
            Map.entry("/qapi/v1/webhooks/{webhookId}", List.of("get", "put", "delete")),
            Map.entry("/teleconsultation", List.of("post")),
            Map.entry("/teleconsultation/{roomId}", List.of("get", "patch", "delete")),
            Map.entry("/teleconsultation/{roomId}/participants/data", List.of("post")),
            Map.entry("/integrations/linking", List.of("get")),
            Map.entry("/visit/{token}", List.of("get")),
            Map.entry("/visit/{token}/state", List.of("get")),
            Map.entry("/visit/{token}/start", List.of("post")),
            Map.entry("/visit/{token}/join", List.of("post")),
            Map.entry("/visit/{token}/leave", List.of("post")));

    @Test
    void everyRestOperationIsDocumentedUnderItsOwnPath() {
        JsonObject document = Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/openapi?format=JSON"))).body());
        JsonObject paths = document.getJsonObject("paths");
        // the suite's own JMS probe, deployed beside the EAR, is documented in the same server-wide document
        assertThat(paths.keySet().stream().filter(path -> !path.startsWith("/jms-probe/")))
                .containsExactlyInAnyOrderElementsOf(EVERY_OPERATION.keySet());
        EVERY_OPERATION.forEach((path, methods) -> assertThat(paths.getJsonObject(path).keySet())
                .as(path).containsAll(methods));
    }

    @Test
    void theAnonymousSurfacesNeedNoApiKeyAndTheOthersDo() {
        JsonObject paths = Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/openapi?format=JSON"))).body())
                .getJsonObject("paths");
        assertThat(paths.getJsonObject("/visit/{token}/start").getJsonObject("post").getJsonArray("security").toString())
                .isEqualTo("[{}]");
        assertThat(paths.getJsonObject("/integrations/linking").getJsonObject("get").getJsonArray("security").toString())
                .isEqualTo("[{}]");
        assertThat(paths.getJsonObject("/qapi/v1/patients").getJsonObject("post").containsKey("security")).isFalse();
        assertThat(paths.getJsonObject("/teleconsultation/{roomId}").getJsonObject("get").getJsonArray("tags").getString(0))
                .isEqualTo("Teleconsultation");
    }
}
