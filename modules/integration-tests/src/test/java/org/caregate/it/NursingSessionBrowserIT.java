package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A virtual nurse's audio/video session in a real browser (headless Chromium, as {@link VisitPageBrowserIT}): the
 * room's device waits on the visit page, the nurse who accepted the request starts the call from hers, both enter
 * the room; finishing the request ends the session. Skipped, saying so, where /usr/bin/chromium is not installed.
 */
class NursingSessionBrowserIT {

    private static final String PATH = "/qapi/v1/request-assistance";

    @Test
    void theRoomsDeviceWaitsTheNurseStartsBothEnterAndFinishingEndsTheSession() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium is not installed (apt-get install chromium): browser test skipped");
        String key = Fixtures.newOrganization("Nursing browser " + Api.unique());
        String building = VirtualNursingIT.location(key, "building", "hospital");
        VirtualNursingIT.careLocation(key, building, "ICC-CL-01-02", "floor 2", "431", "bed 2", "123457", "robot", true);
        String device = VirtualNursingIT.seedBody("004-request-assistance-device.json");
        String id = json(rest("POST", PATH, key, device).body()).getString("id");
        data(key, "mutation($id: ID) { acceptAssistanceRequest(input: {id: $id}) { assistanceRequest { id } } }",
                vars("id", id));
        JsonObject session = data(key, "mutation($id: ID) { startAssistanceSession(input: {id: $id}) { "
                + "assistanceRequest { av_sessions { id nurse_url device_url } } messages { field message } } }",
                vars("id", id)).getJsonObject("startAssistanceSession").getJsonObject("assistanceRequest")
                .getJsonArray("av_sessions").getJsonObject(0);
        // the device finds its link in its current request, over Solo's REST
        String deviceUrl = json(rest("GET", PATH, key, device).body()).getJsonArray("avSessions").getJsonObject(0)
                .getString("joinUrl");
        assertThat(deviceUrl).isEqualTo(session.getString("device_url"));

        try (Chromium chromium = Chromium.start()) {
            Chromium.Page room = chromium.open(deviceUrl);
            room.await("document.body.dataset.entry", "WAITING_FOR_PROVIDER"::equals, Duration.ofSeconds(20));

            Chromium.Page nurse = chromium.open(session.getString("nurse_url"));
            nurse.await("document.body.dataset.entry", "READY_TO_START"::equals, Duration.ofSeconds(20));
            nurse.evaluate("document.getElementById('start').click()");
            nurse.await("document.body.dataset.stay", value -> value != null, Duration.ofSeconds(20));
            assertThat(nurse.evaluate("document.querySelector('#room iframe').src")).contains("/caregate-");

            room.await("document.body.dataset.stay", value -> value != null, Duration.ofSeconds(20));
            assertThat(room.evaluate("document.getElementById('message').textContent")).isEqualTo("You are in the visit.");
            room.leave();
        }

        JsonObject finished = data(key, "mutation($id: ID) { finishAssistanceRequest(input: {id: $id}) { "
                + "assistanceRequest { status av_sessions { id status ended_at } } messages { field message } } }",
                vars("id", id)).getJsonObject("finishAssistanceRequest").getJsonObject("assistanceRequest");
        assertThat(finished.getString("status")).isEqualTo("completed");
        assertThat(finished.getJsonArray("av_sessions").getJsonObject(0).getString("status")).isEqualTo("ended");
        assertThat(json(Api.send(HttpRequest.newBuilder(URI.create(deviceUrl + "/state")).GET())
                .body()).getString("entry")).isEqualTo("CANCELLED");
    }
}
