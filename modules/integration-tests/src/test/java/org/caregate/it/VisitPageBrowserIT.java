package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The visit page in a real browser (Debian's headless Chromium): the patient waits, the provider starts, both
 * enter the room, and attendance is recorded. Runs where /usr/bin/chromium is installed (apt-get install
 * chromium) and is skipped, saying so, where it is not.
 */
class VisitPageBrowserIT {

    @Test
    void theProviderStartsThePatientJoinsAndAttendanceIsRecorded() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium is not installed (apt-get install chromium): browser test skipped");
        Clinic clinic = Clinic.open("America/New_York");
        JsonObject room = data(clinic.key, seedExample("000-createPartnerVideoRoom.graphql") + "}\n", vars("input",
                Json.createObjectBuilder().add("startTime", Instant.now().plus(2, ChronoUnit.MINUTES)
                        .atOffset(ZoneOffset.UTC).toString()).add("timeZone", "America/New_York")
                        .add("displayName", "Dr. Browser").build())).getJsonObject("createPartnerVideoRoom");

        try (Chromium chromium = Chromium.start()) {
            Chromium.Page patient = chromium.open(room.getString("patientLink"));
            patient.await("document.body.dataset.entry", "WAITING_FOR_PROVIDER"::equals, Duration.ofSeconds(20));
            assertThat(patient.evaluate("document.getElementById('message').textContent")).contains("start the visit shortly");

            Chromium.Page provider = chromium.open(room.getString("providerLink"));
            provider.await("document.body.dataset.entry", "READY_TO_START"::equals, Duration.ofSeconds(20));
            provider.evaluate("document.getElementById('start').click()");
            provider.await("document.body.dataset.stay", value -> value != null, Duration.ofSeconds(20));
            assertThat(provider.evaluate("document.querySelector('#room iframe').src")).contains("/caregate-");

            patient.await("document.body.dataset.stay", value -> value != null, Duration.ofSeconds(20));
            assertThat(patient.evaluate("document.getElementById('message').textContent")).isEqualTo("You are in the visit.");
            patient.leave();
        }

        JsonObject read = data(clinic.key, seedExample("000-partnerVideoRoom.graphql"), vars("uid", room.getString("uid")))
                .getJsonObject("partnerVideoRoom");
        assertThat(read.getBoolean("didProviderAttend")).isTrue();
        assertThat(read.getBoolean("didPatientAttend")).isTrue();
        assertThat(read.getString("status")).isEqualTo("IN_PROGRESS");
    }
}
