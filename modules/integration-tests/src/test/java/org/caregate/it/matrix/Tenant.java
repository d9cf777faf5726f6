package org.caregate.it.matrix;

import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caregate.it.Api;
import org.caregate.it.Fixtures;

/**
 * An organization as the matrices see it: its owner, an admin, a provider, a staff member ("Support") and a patient
 * signed in (session and API key), each with a credential, and one object of every {@link Kind}, all set up through
 * the public APIs. Every name and email it creates carries its {@link #marker}, so another organization's answer
 * that quotes any of them is caught.
 */
public final class Tenant {

    /** Who calls: the roles of an organization, and nobody. */
    public enum Role {
        OWNER, ADMIN, PROVIDER, STAFF, PATIENT_SESSION, PATIENT_KEY, ANONYMOUS;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** In every name and email of this organization, and nowhere else. */
    public final String marker;
    private final Map<Role, String> keys = new EnumMap<>(Role.class);
    private final Map<Kind, String> objects = new EnumMap<>(Kind.class);
    private final Map<Role, String> userIds = new EnumMap<>(Role.class);
    private String waitingRoomName;

    private Tenant(String marker) {
        this.marker = marker;
    }

    /** The key a role calls with; {@code null} for {@link Role#ANONYMOUS}. */
    public String key(Role role) {
        return keys.get(role);
    }

    /** The user id of a role's member or patient. */
    public String userId(Role role) {
        return userIds.get(role);
    }

    /** This organization's object of a kind. */
    public String object(Kind kind) {
        String id = objects.get(kind);
        if (id == null) {
            throw new AssertionError("the matrices' organizations have no object of kind " + kind);
        }
        return id;
    }

    /**
     * A request's text with {@code {own:KIND}} replaced by this organization's object of that kind, and
     * {@code {own:waiting-room-name}} by its waiting room's name.
     */
    public String fill(String template) {
        String filled = template.replace("{own:waiting-room-name}", waitingRoomName);
        for (Map.Entry<Kind, String> object : objects.entrySet()) {
            filled = filled.replace("{own:" + object.getKey() + "}", object.getValue());
        }
        return filled;
    }

    public Map<Kind, String> objects() {
        return Collections.unmodifiableMap(objects);
    }

    /** A new organization with a member of every role and an object of every kind. */
    public static Tenant open(String label) {
        Tenant tenant = new Tenant(label + Api.unique().replace("-", ""));
        tenant.populate();
        return tenant;
    }

    /** Adds a member with {@code orgRole} ("Standard" or "Support"); returns their user id. */
    public String addMember(String orgRole, String name) {
        JsonObject payload = data(owner(), """
                mutation($o: ID, $f: String, $l: String, $e: String, $r: String) { createOrganizationMembership(input: {
                  organization_id: $o, first_name: $f, last_name: $l, email: $e, org_role: $r}) {
                  organizationMembership { user { id } } messages { field message } } }""",
                vars("o", object(Kind.ORGANIZATION), "f", name, "l", name + marker, "e", email(name), "r", orgRole))
                .getJsonObject("createOrganizationMembership");
        requireAccepted(payload, "createOrganizationMembership");
        return payload.getJsonObject("organizationMembership").getJsonObject("user").getString("id");
    }

    /** An API key the owner mints for {@code userId}. */
    public String keyFor(String userId) {
        return issueKey(owner(), userId, "key of " + userId, null);
    }

    public String owner() {
        return keys.get(Role.OWNER);
    }

    public String email(String name) {
        return name.toLowerCase(Locale.ROOT) + "." + marker + "@example.org";
    }

    private void populate() {
        String ownerKey = Fixtures.newOrganization("Organization " + marker);
        keys.put(Role.OWNER, ownerKey);
        userIds.put(Role.OWNER, Fixtures.currentUserId(ownerKey));
        objects.put(Kind.ORGANIZATION, data(ownerKey, "{ organization { id } }", null)
                .getJsonObject("organization").getString("id"));
        String provider = addMember("Standard", "Provider");
        userIds.put(Role.PROVIDER, provider);
        keys.put(Role.PROVIDER, keyFor(provider));
        objects.put(Kind.PROVIDER, provider);
        String staff = addMember("Support", "Staff");
        userIds.put(Role.STAFF, staff);
        keys.put(Role.STAFF, keyFor(staff));
        String admin = addMember("Standard", "Admin");
        requireAccepted(data(ownerKey, "mutation($id: ID) { updateOrganizationMembership(input: {id: $id, is_admin: true}) "
                + "{ messages { field message } } }", vars("id", admin)).getJsonObject("updateOrganizationMembership"),
                "updateOrganizationMembership");
        userIds.put(Role.ADMIN, admin);
        keys.put(Role.ADMIN, keyFor(admin));
        objects.put(Kind.MEMBER, admin);
        signUpPatient(provider);
        objects.put(Kind.PATIENT, Fixtures.createClient(ownerKey, "Client", "Client" + marker, email("client")));
        createScheduling(provider);
        createOrganizing();
        createIntegrations();
        createVisits(provider);
        createForms();
        createNursing();
        createReports();
        createPayments();
        createOfferings();
        createClaims();
        createInvoices();
    }

    /** A preset of encounter reports and a report ordered with it (reports context). */
    private void createReports() {
        JsonObject preset = data(owner(), """
                mutation($n: String) { createReportPreset(input: {name: $n, columns: ["appointment_id"]}) {
                  reportPreset { id } messages { field message } } }""", vars("n", "Preset " + marker))
                .getJsonObject("createReportPreset");
        objects.put(Kind.REPORT_PRESET, preset.getJsonObject("reportPreset").getString("id"));
        HttpResponse<String> report = rest("POST", "/qapi/v1/encounter-report/create", owner(), """
                {"from": "2031-03-01T00:00:00+00:00", "to": "2031-03-31T23:59:59+00:00", "presetId": "%s",
                 "password": "matrix-%s"}""".formatted(object(Kind.REPORT_PRESET), marker));
        requireStatus(report, 200, "POST /qapi/v1/encounter-report/create");
        objects.put(Kind.ENCOUNTER_REPORT, json(report.body()).getString("id"));
    }

    /** A card on file for the client (at the Stripe stand-in) and a payment charged to it. */
    private void createPayments() {
        org.caregate.it.StripeStandIn.get();
        JsonObject card = data(owner(), """
                mutation($u: ID) { createStripeCustomerDetail(input: {token: "tok_visa", user_id: $u}) {
                  stripe_customer_detail { id } messages { field message } } }""", vars("u", object(Kind.PATIENT)))
                .getJsonObject("createStripeCustomerDetail");
        requireAccepted(card, "createStripeCustomerDetail");
        objects.put(Kind.CARD, card.getJsonObject("stripe_customer_detail").getString("id"));
        JsonObject item = data(owner(), """
                mutation($u: ID, $c: ID, $k: String) { createBillingItem(input: {amount_paid: "25.00", sender_id: $u,
                  stripe_customer_detail_id: $c, should_charge: true, stripe_idempotency_key: $k}) {
                  billingItem { id } messages { field message } } }""", vars("u", object(Kind.PATIENT),
                "c", object(Kind.CARD), "k", "matrix-" + marker)).getJsonObject("createBillingItem");
        requireAccepted(item, "createBillingItem");
        objects.put(Kind.BILLING_ITEM, item.getJsonObject("billingItem").getString("id"));
    }

    private void signUpPatient(String provider) {
        String email = email("patient");
        String id = data(null, """
                mutation($e: String, $p: String, $d: String, $l: String) { signUp(input: {first_name: "Pat",
                  last_name: $l, email: $e, password: $p, role: "patient", dietitian_id: $d}) { user { id } } }""",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", provider, "l", "Patient" + marker))
                .getJsonObject("signUp").getJsonObject("user").getString("id");
        String session = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        userIds.put(Role.PATIENT_SESSION, id);
        userIds.put(Role.PATIENT_KEY, id);
        keys.put(Role.PATIENT_SESSION, session);
        keys.put(Role.PATIENT_KEY, issueKey(session, id, "patient's own", Fixtures.STRONG_PASSWORD));
    }

    private void createScheduling(String provider) {
        String owner = owner();
        JsonObject type = data(owner, """
                mutation($n: String) { createAppointmentType(input: {name: $n, length: 30, clients_can_book: true}) {
                  appointmentType { id } messages { field message } } }""", vars("n", "Type " + marker))
                .getJsonObject("createAppointmentType");
        requireAccepted(type, "createAppointmentType");
        objects.put(Kind.APPOINTMENT_TYPE, type.getJsonObject("appointmentType").getString("id"));
        JsonObject appointment = data(owner, """
                mutation($u: String, $t: String, $p: String, $n: String, $l: String) { createAppointment(input: {
                  user_id: $u, appointment_type_id: $t, other_party_id: $p, datetime: "2031-03-04 10:00:00", contact_type: "In Person",
                  timezone: "UTC", notes: $n, location: $l}) { appointment { id } messages { field message } } }""",
                vars("u", object(Kind.PATIENT), "t", object(Kind.APPOINTMENT_TYPE), "p", provider,
                        "n", "Notes " + marker, "l", "Room " + marker)).getJsonObject("createAppointment");
        requireAccepted(appointment, "createAppointment");
        objects.put(Kind.APPOINTMENT, appointment.getJsonObject("appointment").getString("id"));
        JsonObject setting = data(owner, """
                mutation { createAppointmentSetting(input: {buffer: "5"}) { appointmentSetting { id }
                  messages { field message } } }""", null).getJsonObject("createAppointmentSetting");
        requireAccepted(setting, "createAppointmentSetting");
        objects.put(Kind.APPOINTMENT_SETTING, setting.getJsonObject("appointmentSetting").getString("id"));
        JsonObject availability = data(owner, """
                mutation($u: String) { createAvailability(input: {day_of_week: 2, is_repeating: true,
                  range_start: "March 1, 2031", time: "09 00", end_time: "17 00", user_id: $u}) {
                  availability { id } messages { field message } } }""", vars("u", provider))
                .getJsonObject("createAvailability");
        requireAccepted(availability, "createAvailability");
        objects.put(Kind.AVAILABILITY, availability.getJsonObject("availability").getString("id"));
        JsonObject credits = data(owner, """
                mutation($id: ID, $c: [AppointmentTypeCreditInput]) { updateClient(input: {id: $id,
                  appointment_type_credits_attributes: $c}) { user { appointment_type_credits { id } }
                  messages { field message } } }""", vars("id", object(Kind.PATIENT), "c", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("appointment_type_id", object(Kind.APPOINTMENT_TYPE))
                        .add("total_credits", 3)).build())).getJsonObject("updateClient");
        requireAccepted(credits, "updateClient");
        objects.put(Kind.CREDIT, credits.getJsonObject("user").getJsonArray("appointment_type_credits")
                .getJsonObject(0).getString("id"));
        waitingRoomName = "Waiting room " + marker;
        JsonObject room = data(owner, """
                mutation($n: String, $p: [String]) { createWaitingRoom(input: {name: $n, provider_ids: $p}) {
                  waitingRoom { id } messages { field message } } }""",
                vars("n", waitingRoomName, "p", List.of(provider))).getJsonObject("createWaitingRoom");
        requireAccepted(room, "createWaitingRoom");
        objects.put(Kind.WAITING_ROOM, room.getJsonObject("waitingRoom").getString("id"));
    }

    private void createOrganizing() {
        String owner = owner();
        JsonObject group = data(owner, "mutation($n: String) { createGroup(input: {name: $n}) { user_group { id } "
                + "messages { field message } } }", vars("n", "Group " + marker)).getJsonObject("createGroup");
        requireAccepted(group, "createGroup");
        objects.put(Kind.GROUP, group.getJsonObject("user_group").getString("id"));
        JsonObject tag = data(owner, "mutation($n: String, $u: ID) { createTag(input: {name: $n, taggable_user_id: $u}) "
                        + "{ tag { id } messages { field message } } }", vars("n", "Tag " + marker, "u", object(Kind.PATIENT)))
                .getJsonObject("createTag");
        requireAccepted(tag, "createTag");
        objects.put(Kind.TAG, tag.getJsonObject("tag").getString("id"));
        JsonObject location = data(owner, "mutation($u: String, $n: String) { createLocation(input: {user_id: $u, "
                        + "name: $n, city: \"Boston\"}) { location { id } messages { field message } } }",
                vars("u", object(Kind.PATIENT), "n", "Location " + marker)).getJsonObject("createLocation");
        requireAccepted(location, "createLocation");
        objects.put(Kind.LOCATION, location.getJsonObject("location").getString("id"));
        JsonObject key = data(owner, "mutation($u: ID, $n: String) { createApiKey(input: {name: $n, user_id: $u}) { "
                        + "api_key_object { id } messages { field message } } }",
                vars("u", userIds.get(Role.OWNER), "n", "Key " + marker)).getJsonObject("createApiKey");
        requireAccepted(key, "createApiKey");
        objects.put(Kind.API_KEY, key.getJsonObject("api_key_object").getString("id"));
    }

    private void createIntegrations() {
        String owner = owner();
        JsonObject webhook = data(owner, """
                mutation($url: String) { createWebhook(input: {url: $url, event_types: ["patient.created"]}) {
                  webhook { id } messages { field message } } }""", vars("url", "http://127.0.0.1:9/" + marker))
                .getJsonObject("createWebhook");
        requireAccepted(webhook, "createWebhook");
        String webhookId = webhook.getJsonObject("webhook").getString("id");
        objects.put(Kind.WEBHOOK, webhookId);
        HttpResponse<String> solo = rest("POST", "/qapi/v1/webhooks", owner, "{\"endpoint\": \"http://127.0.0.1:9/solo"
                + marker + "\", \"events\": [\"patient:created\"]}");
        requireStatus(solo, 200, "POST /qapi/v1/webhooks");
        objects.put(Kind.SOLO_WEBHOOK, json(solo.body()).get("id").toString().replace("\"", ""));
        Fixtures.createClient(owner, "Delivered", "Delivered" + marker, email("delivered"));
        objects.put(Kind.DELIVERY, awaitDelivery(webhookId));
    }

    private String awaitDelivery(String webhookId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonArray deliveries = data(owner(), "query($w: ID) { webhookDeliveries(webhook_id: $w) { id } }",
                    vars("w", webhookId)).getJsonArray("webhookDeliveries");
            if (!deliveries.isEmpty()) {
                return deliveries.getJsonObject(0).getString("id");
            }
            pause();
        }
        throw new AssertionError("no delivery of webhook " + webhookId + " within 30 s");
    }

    private void createVisits(String provider) {
        String owner = owner();
        String ehrId = "EHR-" + marker;
        HttpResponse<String> patient = rest("POST", "/qapi/v1/patients", owner, """
                {"id": "%s", "name": [{"use": "usual", "firstName": "Solo", "lastName": "Solo%s"}],
                 "birthDate": "1983-08-15", "telecom": [{"use": "home", "system": "email", "value": "%s"}]}"""
                .formatted(ehrId, marker, email("solo")));
        requireStatus(patient, 200, "POST /qapi/v1/patients");
        objects.put(Kind.EHR_PATIENT, ehrId);
        objects.put(Kind.SOLO_PATIENT, patient.body().strip());
        HttpResponse<String> episode = rest("POST", "/qapi/v1/patients/" + ehrId + "/episodes", owner, """
                {"name": "Episode %s", "type": "covid", "from": "2031-03-01", "status": "ACTIVE"}""".formatted(marker));
        requireStatus(episode, 200, "POST /qapi/v1/patients/{patient_id}/episodes");
        objects.put(Kind.EPISODE, json(episode.body()).getString("episodeId"));
        JsonObject type = data(owner, """
                mutation($n: String) { createEpisodeType(input: {name: $n}) { episodeType { id }
                  messages { field message } } }""", vars("n", "Type " + marker)).getJsonObject("createEpisodeType");
        objects.put(Kind.EPISODE_TYPE, type.getJsonObject("episodeType").getString("id"));
        String externalId = "EXT-" + marker;
        HttpResponse<String> appointment = rest("POST", "/qapi/v1/patients/" + ehrId + "/appointments", owner,
                "{\"waitingRoom\": \"%s\", \"date\": %d, \"externalId\": \"%s\", \"reasons\": [\"Reason %s\"]}"
                        .formatted(waitingRoomName, Instant.now().plus(30, ChronoUnit.DAYS).getEpochSecond(), externalId,
                                marker));
        requireStatus(appointment, 200, "POST /qapi/v1/patients/{patient_id}/appointments");
        objects.put(Kind.SOLO_APPOINTMENT, Long.toString(json(appointment.body()).getJsonNumber("id").longValue()));
        objects.put(Kind.EXTERNAL_APPOINTMENT, externalId);
        HttpResponse<String> attachment = Api.send(HttpRequest.newBuilder(Api.uri("/qapi/v1/appointments/"
                        + object(Kind.SOLO_APPOINTMENT) + "/attachments?fileName=Scan" + marker + ".png"))
                .header("Content-Type", "image/png").header("Api-Key", owner)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                        '\n', 0, 0, 0, 13})));
        requireStatus(attachment, 200, "POST /qapi/v1/appointments/{appointment_id}/attachments");
        objects.put(Kind.ATTACHMENT, json(attachment.body()).getString("id"));
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> room = rest("POST", "/teleconsultation", owner, """
                {"participants": ["%s", "%s"], "start_date": "%s", "end_date": "%s"}"""
                .formatted(provider, userIds.get(Role.PATIENT_SESSION), start, start.plus(1, ChronoUnit.HOURS)));
        requireStatus(room, 201, "POST /teleconsultation");
        objects.put(Kind.TELECONSULTATION, json(room.body()).getString("roomId"));
        JsonObject partner = data(owner, """
                mutation($input: CreatePartnerVideoRoomInput) { createPartnerVideoRoom(input: $input) { uid } }""",
                vars("input", Json.createObjectBuilder().add("startTime", start.plus(2, ChronoUnit.DAYS).toString())
                        .add("timeZone", "UTC").add("displayName", "Doctor " + marker)
                        .add("partnerPatientEmail", email("partner")).build()));
        objects.put(Kind.PARTNER_ROOM, partner.getJsonObject("createPartnerVideoRoom").getString("uid"));
        objects.put(Kind.NOT_YET_BUILT, "1");
    }

    private void createForms() {
        JsonObject form = data(owner(), """
                mutation($n: String) { createCustomModuleForm(input: {name: $n, use_for_charting: true}) {
                  customModuleForm { id } messages { field message } } }""", vars("n", "Form " + marker))
                .getJsonObject("createCustomModuleForm");
        requireAccepted(form, "createCustomModuleForm");
        objects.put(Kind.FORM, form.getJsonObject("customModuleForm").getString("id"));
        JsonObject question = data(owner(), """
                mutation($f: String, $l: String, $o: String) { createCustomModule(input: {custom_module_form_id: $f,
                  mod_type: "radio", label: $l, options: $o, required: true}) { customModule { id }
                  messages { field message } } }""", vars("f", object(Kind.FORM), "l", "Question " + marker,
                "o", "Yes\nNo")).getJsonObject("createCustomModule");
        requireAccepted(question, "createCustomModule");
        objects.put(Kind.QUESTION, question.getJsonObject("customModule").getString("id"));
        JsonObject filled = data(owner(), """
                mutation($f: String, $u: String, $q: ID) { createFormAnswerGroup(input: {custom_module_form_id: $f,
                  user_id: $u, finished: true, form_answers: [{custom_module_id: $q, answer: "Yes"}]}) {
                  form_answer_group { id } messages { field message } } }""", vars("f", object(Kind.FORM),
                "u", object(Kind.PATIENT), "q", object(Kind.QUESTION))).getJsonObject("createFormAnswerGroup");
        requireAccepted(filled, "createFormAnswerGroup");
        objects.put(Kind.FILLED_FORM, filled.getJsonObject("form_answer_group").getString("id"));
        JsonObject flow = data(owner(), """
                mutation($n: String, $g: String) { createOnboardingFlow(input: {name: $n,
                  groups_to_use_onboarding_flow: $g}) { onboardingFlow { id } messages { field message } } }""",
                vars("n", "Intake " + marker, "g", object(Kind.GROUP))).getJsonObject("createOnboardingFlow");
        requireAccepted(flow, "createOnboardingFlow");
        objects.put(Kind.ONBOARDING_FLOW, flow.getJsonObject("onboardingFlow").getString("id"));
        JsonObject item = data(owner(), """
                mutation($f: String, $t: String) { createOnboardingItem(input: {onboarding_flow_id: $f, item_type: $t,
                  is_skippable: true}) { onboardingItem { id } messages { field message } } }""",
                vars("f", object(Kind.ONBOARDING_FLOW), "t", "[{\"type\":\"Module Form\",\"id\":\""
                        + object(Kind.FORM) + "\"}]")).getJsonObject("createOnboardingItem");
        requireAccepted(item, "createOnboardingItem");
        objects.put(Kind.ONBOARDING_ITEM, item.getJsonObject("onboardingItem").getString("id"));
        JsonObject folder = data(owner(), """
                mutation($n: String) { createFolder(input: {name: $n}) { folder { id } messages { field message } } }""",
                vars("n", "Folder " + marker)).getJsonObject("createFolder");
        requireAccepted(folder, "createFolder");
        objects.put(Kind.FOLDER, folder.getJsonObject("folder").getString("id"));
        JsonObject document = data(owner(), """
                mutation($f: String, $n: String, $u: String, $d: String) { createDocument(input: {file_string: $f,
                  display_name: $n, rel_user_id: $u, share_with_rel: true, folder_id: $d}) { document { id }
                  messages { field message } } }""",
                vars("f", "JVBERi0xLjcK", "n", "Document " + marker, "u", object(Kind.PATIENT), "d",
                        object(Kind.FOLDER)))
                .getJsonObject("createDocument");
        requireAccepted(document, "createDocument");
        objects.put(Kind.DOCUMENT, document.getJsonObject("document").getString("id"));
        JsonObject request = data(owner(), """
                mutation($p: String, $f: String) { createRequestedFormCompletion(input: {recipient_ids: $p, form: $f,
                  is_recurring: true, frequency: "Weekly", weekday: "Monday", hour: "9", minute: "0", period: "AM"}) {
                  requestedFormCompletion { id recurring_form_id } messages { field message } } }""",
                vars("p", object(Kind.PATIENT), "f", object(Kind.FORM))).getJsonObject("createRequestedFormCompletion");
        requireAccepted(request, "createRequestedFormCompletion");
        objects.put(Kind.REQUESTED_COMPLETION, request.getJsonObject("requestedFormCompletion").getString("id"));
        objects.put(Kind.RECURRING_FORM, request.getJsonObject("requestedFormCompletion")
                .getString("recurring_form_id"));
    }

    /** A building with a care location and its device, and an open assistance request from it. */
    private void createNursing() {
        JsonObject building = data(owner(), """
                mutation($n: String) { createNursingLocation(input: {kind: "building", name: $n}) {
                  nursingLocation { id } messages { field message } } }""", vars("n", "Building " + marker))
                .getJsonObject("createNursingLocation");
        requireAccepted(building, "createNursingLocation");
        objects.put(Kind.NURSING_LOCATION, building.getJsonObject("nursingLocation").getString("id"));
        JsonObject room = data(owner(), """
                mutation($l: ID, $s: String) { createCareLocation(input: {nursing_location_id: $l, name: "Room 1",
                  floor: "1", room: "1", device_serial_number: $s, device_type: "tablet"}) { careLocation { id }
                  messages { field message } } }""", vars("l", object(Kind.NURSING_LOCATION), "s", "Device " + marker))
                .getJsonObject("createCareLocation");
        requireAccepted(room, "createCareLocation");
        objects.put(Kind.CARE_LOCATION, room.getJsonObject("careLocation").getString("id"));
        HttpResponse<String> request = rest("POST", "/qapi/v1/request-assistance", owner(),
                Json.createObjectBuilder().add("deviceSerialNumber", "Device " + marker).build().toString());
        requireStatus(request, 201, "POST /qapi/v1/request-assistance");
        objects.put(Kind.ASSISTANCE_REQUEST, json(request.body()).getString("id"));
    }

    /** A package including a session of the tenant's appointment type. */
    private void createOfferings() {
        JsonObject offering = data(owner(), """
                mutation($n: String, $t: ID) { createOffering(input: {name: $n, price: "100", billing_frequency: "One-Time",
                  offering_includes: [{appointment_type_id: $t, quantity: "1"}]}) { offering { id } messages { field message } } }""",
                vars("n", "Package " + marker, "t", object(Kind.APPOINTMENT_TYPE))).getJsonObject("createOffering");
        requireAccepted(offering, "createOffering");
        objects.put(Kind.OFFERING, offering.getJsonObject("offering").getString("id"));
    }

    /** An accepted insurance plan, a superbill and a CMS 1500 of the patient. */
    private void createClaims() {
        String humana = data(owner(), "{ insurancePlans(keywords: \"61101\") { id } }", null)
                .getJsonArray("insurancePlans").getJsonObject(0).getString("id");
        JsonObject accepted = data(owner(), """
                mutation($p: [ID]) { createAcceptedInsurancePlan(input: {insurance_plan_ids: $p}) {
                  accepted_insurance_plans { id } messages { field message } } }""",
                vars("p", Json.createArrayBuilder().add(humana).build())).getJsonObject("createAcceptedInsurancePlan");
        requireAccepted(accepted, "createAcceptedInsurancePlan");
        objects.put(Kind.ACCEPTED_INSURANCE_PLAN, accepted.getJsonArray("accepted_insurance_plans").getJsonObject(0)
                .getString("id"));
        JsonObject superBill = data(owner(), """
                mutation($u: ID, $p: ID, $n: String) { createSuperBill(input: {patient_id: $u, patient_dob: "1980-01-02",
                  dietetitian_id: $p, provider_name: $n, service_date: "2031-03-04", amount_paid: "10.00",
                  icd_codes_super_bills: [{code: "I10"}], cpt_codes_super_bills: [{code: "99213", units: 2, fee: "50"}]})
                  { superBill { id } messages { field message } } }""",
                vars("u", object(Kind.PATIENT), "p", object(Kind.PROVIDER), "n", "Provider " + marker))
                .getJsonObject("createSuperBill");
        requireAccepted(superBill, "createSuperBill");
        objects.put(Kind.SUPER_BILL, superBill.getJsonObject("superBill").getString("id"));
        JsonObject claim = data(owner(), """
                mutation($u: ID, $p: ID, $h: ID, $n: String) { createCms1500(input: {patient: {id: $u, location: {
                  line1: $n, city: "Springfield", state: "IL", zip: "62701"}}, dietitian: {id: $p},
                  service_location_id: "11", cms1500_policies: [{insurance_plan_id: $h, num: $n}],
                  icd_codes_cms1500s: [{code: "I10"}], cpt_codes_cms1500s: [{code: "99213", fee: "80.00"}]}) {
                  cms1500 { id } messages { field message } } }""",
                vars("u", object(Kind.PATIENT), "p", object(Kind.PROVIDER), "h", humana, "n", "Street " + marker))
                .getJsonObject("createCms1500");
        requireAccepted(claim, "createCms1500");
        objects.put(Kind.CMS1500, claim.getJsonObject("cms1500").getString("id"));
    }

    /** An invoice to the patient for other services. */
    private void createInvoices() {
        JsonObject invoice = data(owner(), """
                mutation($u: ID, $s: String) { createRequestedPayment(input: {invoice_type: "other", recipient_id: $u,
                  price: "40.00", services_provided: $s}) { requestedPayment { id } messages { field message } } }""",
                vars("u", object(Kind.PATIENT), "s", "Services " + marker)).getJsonObject("createRequestedPayment");
        requireAccepted(invoice, "createRequestedPayment");
        objects.put(Kind.REQUESTED_PAYMENT, invoice.getJsonObject("requestedPayment").getString("id"));
    }

    /** A key for the user, minted with {@code key}; a session proves the holder's {@code currentPassword}. */
    private static String issueKey(String key, String userId, String name, String currentPassword) {
        JsonObject payload = data(key, "mutation($u: ID, $n: String, $c: String) { createApiKey(input: {name: $n,"
                + " user_id: $u, current_password: $c}) { api_key messages { field message } } }",
                vars("u", userId, "n", name, "c", currentPassword)).getJsonObject("createApiKey");
        requireAccepted(payload, "createApiKey");
        return payload.getString("api_key");
    }

    static void requireAccepted(JsonObject payload, String operation) {
        if (!payload.isNull("messages")) {
            throw new AssertionError(operation + " refused: " + payload.get("messages"));
        }
    }

    private static void requireStatus(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
