package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BetterPT's partner video rooms (seed 000) with the seed's own operations, the visit page's rules (entry five
 * minutes early, the provider starts, no change once started, attendance), and Solo's visit links.
 */
class VideoVisitsIT {

    private static final String NEW_YORK = "America/New_York";
    private static Clinic clinic;

    @BeforeAll
    static void practice() {
        clinic = Clinic.open(NEW_YORK);
    }

    /** The seed's createPartnerVideoRoom example lacks its final closing brace; it is sent with it. */
    private static JsonObject create(String key, Instant start, String zone) {
        return data(key, seedExample("000-createPartnerVideoRoom.graphql") + "}\n", vars("input", Json.createObjectBuilder()
                .add("startTime", start.atZone(ZoneId.of(zone)).toOffsetDateTime().toString()).add("timeZone", zone)
                .add("displayName", "Dr. Pat Therapist").add("partnerCustomerId", "customer-42")
                .add("partnerProviderEmail", "pt@partner.example").add("partnerPatientEmail", "patient@partner.example")
                .add("partnerPatientPhoneNumber", "+1 212 555 0100").add("partnerClinicName", "Downtown PT").build()))
                .getJsonObject("createPartnerVideoRoom");
    }

    /** The seed's cancel and reschedule examples elide their selection with "..."; the room's fields are sent. */
    private static String withFields(String file) {
        return seedExample(file).replace("...", "status startTime didPatientAttend didProviderAttend");
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> visit(String method, String link, String path) {
        return Api.send(HttpRequest.newBuilder(URI.create(link + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonObject state(String link) {
        return json(visit("GET", link, "/state").body());
    }

    @Test
    void theProviderStartsThePatientJoinsAndAttendanceIsRecordedAndTheRoomCanNoLongerChange() {
        JsonObject room = create(clinic.key, Instant.now().plus(2, ChronoUnit.MINUTES), NEW_YORK);
        String uid = room.getString("uid");
        assertThat(room.getString("timeZone")).isEqualTo(NEW_YORK);
        assertThat(room.getString("displayName")).isEqualTo("Dr. Pat Therapist");
        assertThat(room.getString("status")).isEqualTo("SCHEDULED");
        String patient = room.getString("patientLink");
        String provider = room.getString("providerLink");
        assertThat(patient).startsWith(TestServer.get().baseUrl() + "/visit/").isNotEqualTo(provider);
        assertThat(token(patient)).hasSizeGreaterThanOrEqualTo(43);

        assertThat(state(patient).getString("entry")).isEqualTo("WAITING_FOR_PROVIDER");
        assertThat(state(patient).containsKey("roomUrl")).isFalse();
        assertThat(visit("POST", patient, "/join").statusCode()).isEqualTo(400);
        assertThat(visit("POST", patient, "/start").statusCode()).isEqualTo(403);
        assertThat(state(provider).getString("entry")).isEqualTo("READY_TO_START");

        HttpResponse<String> started = visit("POST", provider, "/start");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(json(started.body()).getString("entry")).isEqualTo("IN_SESSION");
        JsonObject inSession = state(patient);
        assertThat(inSession.getString("entry")).isEqualTo("IN_SESSION");
        assertThat(inSession.getString("roomUrl")).contains("/caregate-").contains("displayName");
        long stay = json(visit("POST", patient, "/join").body()).getJsonNumber("stay").longValue();
        assertThat(visit("POST", patient, "/leave?stay=" + stay).statusCode()).isEqualTo(204);
        assertThat(visit("POST", provider, "/leave?stay=" + stay).statusCode()).isEqualTo(404);

        JsonObject read = data(clinic.key, seedExample("000-partnerVideoRoom.graphql"), vars("uid", uid))
                .getJsonObject("partnerVideoRoom");
        assertThat(read.getBoolean("didPatientAttend")).isTrue();
        assertThat(read.getBoolean("didProviderAttend")).isFalse();
        assertThat(read.getInt("patientDuration")).isZero();
        assertThat(read.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(read.getString("partnerPatientEmail")).isEqualTo("patient@partner.example");
        assertThat(read.getString("partnerCustomerId")).isEqualTo("customer-42");

        JsonObject reschedule = graphql(clinic.key, withFields("000-reschedulePartnerVideoRoom.graphql"), vars("input",
                Json.createObjectBuilder().add("uid", uid).add("startTime", "2030-01-07T09:00:00-05:00").build()));
        assertThat(reschedule.getJsonArray("errors").getJsonObject(0).getString("message")).contains("session has started");
        JsonObject cancel = graphql(clinic.key, withFields("000-cancelPartnerVideoRoom.graphql"), vars("uid", uid));
        assertThat(cancel.getJsonArray("errors").getJsonObject(0).getString("message")).contains("session has started");
    }

    @Test
    void beforeTheWindowPatientsAreToldWhenToComeBackAndTheRoomCanStillBeMovedOrCancelled() {
        JsonObject room = create(clinic.key, Instant.now().plus(1, ChronoUnit.DAYS), "Europe/Berlin");
        String uid = room.getString("uid");
        JsonObject early = state(room.getString("patientLink"));
        assertThat(early.getString("entry")).isEqualTo("TOO_EARLY");
        assertThat(Instant.parse(early.getString("opensAt"))).isEqualTo(Instant.parse(early.getString("startsAt"))
                .minus(5, ChronoUnit.MINUTES));
        assertThat(Instant.parse(early.getString("closesAt"))).isEqualTo(Instant.parse(early.getString("startsAt"))
                .plus(60, ChronoUnit.MINUTES));
        assertThat(visit("POST", room.getString("providerLink"), "/start").statusCode()).isEqualTo(400);

        JsonObject moved = data(clinic.key, withFields("000-reschedulePartnerVideoRoom.graphql"), vars("input",
                Json.createObjectBuilder().add("uid", uid).add("startTime", "2030-01-07T09:00:00+01:00").build()))
                .getJsonObject("reschedulePartnerVideoRoom");
        assertThat(moved.getString("startTime")).isEqualTo("2030-01-07T09:00:00+01:00");
        JsonObject cancelled = data(clinic.key, withFields("000-cancelPartnerVideoRoom.graphql"), vars("uid", uid))
                .getJsonObject("cancelPartnerVideoRoom");
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(state(room.getString("patientLink")).getString("entry")).isEqualTo("CANCELLED");
    }

    @Test
    void aRoomWhoseWindowPassedWithoutASessionWasMissed() {
        JsonObject room = create(clinic.key, Instant.now().minus(2, ChronoUnit.HOURS), NEW_YORK);
        assertThat(room.getString("status")).isEqualTo("MISSED");
        assertThat(state(room.getString("providerLink")).getString("entry")).isEqualTo("ENDED");
        assertThat(visit("POST", room.getString("providerLink"), "/start").statusCode()).isEqualTo(400);
    }

    @Test
    void theVisitPageIsServedForKnownLinksOnly() {
        JsonObject room = create(clinic.key, Instant.now().plus(1, ChronoUnit.DAYS), NEW_YORK);
        HttpResponse<String> page = visit("GET", room.getString("patientLink"), "");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Video visit</title>").contains("/state");
        HttpResponse<String> unknown = visit("GET", TestServer.get().baseUrl() + "/visit/not-a-link", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("not valid");
        HttpResponse<String> unknownState = visit("GET", TestServer.get().baseUrl() + "/visit/not-a-link", "/state");
        assertThat(unknownState.statusCode()).isEqualTo(404);
        assertThat(json(unknownState.body()).getString("error")).isEqualTo("Visit not found");
    }

    @Test
    void badInputAndOtherOrganizationsAreRefused() {
        JsonObject noZone = graphql(clinic.key, "mutation { createPartnerVideoRoom(input: {startTime: \"2030-01-07T09:00:00Z\", "
                + "timeZone: \"Mars/Olympus\", partnerPatientEmail: \"nope\"}) { uid } }", null);
        assertThat(noZone.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("timeZone").contains("partnerPatientEmail");
        JsonObject badTime = graphql(clinic.key, "mutation { createPartnerVideoRoom(input: {startTime: \"next tuesday\", "
                + "timeZone: \"UTC\"}) { uid } }", null);
        assertThat(badTime.containsKey("errors")).isTrue();
        JsonObject unknown = graphql(clinic.key, seedExample("000-partnerVideoRoom.graphql"), vars("uid", "not-a-uid"));
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        String uid = create(clinic.key, Instant.now().plus(1, ChronoUnit.DAYS), NEW_YORK).getString("uid");
        String other = Fixtures.newOrganization("Other PT " + Api.unique());
        JsonObject hidden = graphql(other, seedExample("000-partnerVideoRoom.graphql"), vars("uid", uid));
        assertThat(hidden.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        assertThat(Api.graphqlResponse(null, seedExample("000-partnerVideoRoom.graphql"), vars("uid", uid)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void soloHandsOutTheVisitLinksOfAnAppointment() {
        String room = "Telestroke " + Api.unique();
        data(clinic.key, "mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, provider_ids: $p}) "
                + "{ waitingRoom { id } } }", vars("n", room, "p", Clinic.ids(clinic.providerId)));
        String ehrId = "EHR-" + Api.unique();
        rest("POST", "/qapi/v1/patients", clinic.key, SoloPatientsIT.seedPatient(ehrId, ehrId.toLowerCase() + "@company.com"));
        String externalId = java.util.UUID.randomUUID().toString();
        JsonObject created = json(rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", clinic.key,
                "{\"waitingRoom\": \"" + room + "\", \"externalId\": \"" + externalId + "\"}").body());
        long id = created.getJsonNumber("id").longValue();
        String visitUrl = created.getString("visitUrl");
        assertThat(visitUrl).startsWith(TestServer.get().baseUrl() + "/visit/");
        assertThat(state(visitUrl).getString("role")).isEqualTo("patient");

        JsonObject provider = json(rest("GET", "/qapi/v1/appointments/" + id + "/provider-link", clinic.key, null).body());
        assertThat(provider.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(state(provider.getString("providerVisitUrl")).getString("role")).isEqualTo("provider");
        JsonObject byExternalId = json(rest("GET", "/qapi/v1/appointments/" + externalId + "/video-call-links", clinic.key,
                null).body());
        assertThat(byExternalId.getString("appointmentExternalId")).isEqualTo(externalId);
        assertThat(byExternalId.getString("patientVisitUrl")).isEqualTo(visitUrl);
        assertThat(byExternalId.getString("providerVisitUrl")).isEqualTo(provider.getString("providerVisitUrl"));
        JsonObject bySaid = json(rest("GET", "/qapi/v1/appointments/id/type/SAID/value/" + id + "/video-call-links",
                clinic.key, null).body());
        assertThat(bySaid.getString("patientVisitUrl")).isEqualTo(visitUrl);
        JsonObject solo = json(rest("GET", "/qapi/v1/appointments/" + id, clinic.key, null).body());
        assertThat(solo.getJsonObject("videoCall").getString("status")).isIn("waiting", "on call");

        String other = Fixtures.newOrganization("Other clinic " + Api.unique());
        assertThat(rest("GET", "/qapi/v1/appointments/" + id + "/provider-link", other, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/appointments/" + externalId + "/video-call-links", other, null).statusCode())
                .isEqualTo(404);
        String type = clinic.appointmentType("In person only", 30);
        String patientId = Fixtures.createClient(clinic.key, "In", "Person" + Api.unique(), "ip." + Api.unique() + "@example.org");
        String inPerson = data(clinic.key, """
                mutation($u: String, $t: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "In Person", datetime: "2030-01-07 10:00:00"}) { appointment { id } } }""",
                vars("u", patientId, "t", type)).getJsonObject("createAppointment").getJsonObject("appointment").getString("id");
        HttpResponse<String> notVideo = rest("GET", "/qapi/v1/appointments/" + inPerson + "/provider-link", clinic.key, null);
        assertThat(notVideo.statusCode()).isEqualTo(400);
        assertThat(json(notVideo.body()).getJsonObject("error").getString("message")).contains("not held by video");
    }
}
