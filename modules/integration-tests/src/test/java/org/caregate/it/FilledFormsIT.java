package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's filled-out forms and chart notes ({@code FormAnswerGroup}) and seed 004's visit note, end to end: the
 * seed's examples as printed ({@code seed-examples/001-forms-*FormAnswerGroup*}, the two automation queries), answers
 * checked against every kind of question, a chart note on an appointment written over GraphQL and over Solo's REST
 * and read back over the other, locking and signing with the seed's webhooks, who may see what, and racing writers.
 */
class FilledFormsIT {

    private static final String CREATE_QUESTION = """
            mutation($f: String, $t: String, $l: String, $o: String, $r: Boolean) {
              createCustomModule(input: {custom_module_form_id: $f, mod_type: $t, label: $l, options: $o, required: $r})
              { customModule { id } messages { field message } } }""";
    private static final String CREATE = """
            mutation($f: String, $u: String, $fin: Boolean, $a: String, $answers: [FormAnswerInput!]!) {
              createFormAnswerGroup(input: {custom_module_form_id: $f, user_id: $u, finished: $fin, appointment_id: $a,
                form_answers: $answers}) { form_answer_group { id finished appointment_id form_answers { answer
                displayed_answer } } messages { field message } } }""";
    private static final String CHANGE = """
            mutation($id: ID) { %s(input: {id: $id}) { form_answer_group { id locked_at signed_at
              locked_by { id } signed_by { id } } messages { field message } } }""";
    private static final String APPOINTMENT_FORMS = """
            query($id: ID) { appointment(id: $id) { id form_answer_group { id name finished user { id }
              filler { id } form_answers { label answer displayed_answer custom_module { id mod_type } } }
              filled_embed_form { id } } }""";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};

    private static final AtomicInteger SLOT = new AtomicInteger();

    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theSeedsExamplesFillListAndReadAnIntakeForm() {
        Clinic clinic = Clinic.open("UTC");
        String patient = Fixtures.createClient(clinic.key, "Ina", "Take", "ina." + Api.unique() + "@example.org");
        String form = template(clinic.key, "Intake " + Api.unique(), false);
        Map<String, String> q = Map.of(
                "name", question(clinic.key, form, "text", "Name", null, true),
                "smoker", question(clinic.key, form, "radio", "Smoker?", "Yes\nNo", false),
                "symptoms", question(clinic.key, form, "checkbox", "Symptoms", "Cough\nFever\nHeadache", false),
                "birth", question(clinic.key, form, "date", "Date of birth", null, false),
                "grid", question(clinic.key, form, "matrix", "Pain", "[[\"\",\"None\",\"Severe\"]]", false),
                "signature", question(clinic.key, form, "signature", "Signature", null, false),
                "agree", question(clinic.key, form, "agree_to_above", "I agree", null, true),
                "label", question(clinic.key, form, "label", "<p>Thanks <script>x()</script></p>", null, false));
        String signature = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);

        JsonObject created = data(clinic.key, seedExample("001-forms-createFormAnswerGroup.graphql"), vars(
                "finished", true, "custom_module_form_id", form, "user_id", patient, "form_answers", answers(patient,
                        q.get("name"), "Ina Take", q.get("smoker"), "No", q.get("symptoms"), "Fever\nCough",
                        q.get("birth"), "1980-02-29", q.get("grid"), "{\"Pain\":\"None\"}", q.get("signature"),
                        signature, q.get("agree"), "true"))).getJsonObject("createFormAnswerGroup");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("form_answer_group").getString("id");

        JsonArray listed = data(clinic.key, seedExample("001-forms-formAnswerGroups.graphql"), vars("date",
                LocalDate.now(ZoneOffset.UTC).toString(), "custom_module_form_id", form)).getJsonArray("formAnswerGroups");
        assertThat(listed).hasSize(1);
        JsonObject filled = listed.getJsonObject(0);
        assertThat(filled.getString("id")).isEqualTo(id);
        assertThat(filled.getString("name")).startsWith("Intake ");
        Map<String, String> displayed = filled.getJsonArray("form_answers").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(a -> a.getString("label"), a -> a.getString("displayed_answer")));
        assertThat(displayed).containsEntry("Name", "Ina Take").containsEntry("Smoker?", "No")
                .containsEntry("Symptoms", "Fever, Cough").containsEntry("Date of birth", "February 29, 1980")
                .containsEntry("Pain", "Pain: None").containsEntry("Signature", "Signed")
                .containsEntry("I agree", "Agreed").hasSize(7);
        JsonObject module = filled.getJsonArray("form_answers").getJsonObject(0).getJsonObject("custom_module");
        assertThat(module.getString("id")).isEqualTo(q.get("name"));
        assertThat(module.getBoolean("required")).isTrue();
        assertThat(module.getString("mod_type")).isEqualTo("text");
        assertThat(data(clinic.key, seedExample("001-forms-formAnswerGroups.graphql"), vars("date", "2021-10-29",
                "custom_module_form_id", form)).getJsonArray("formAnswerGroups")).isEmpty();

        JsonObject read = data(clinic.key, seedExample("001-automation-getFormAnswerGroups-created.graphql"),
                vars("id", id)).getJsonObject("formAnswerGroup");
        assertThat(read.getBoolean("finished")).isTrue();
        assertThat(read.getJsonObject("user").getString("id")).isEqualTo(patient);
        assertThat(read.getJsonObject("custom_module_form").getString("id")).isEqualTo(form);
        assertThat(read.getJsonArray("form_answers").getJsonObject(0).getString("answer")).isEqualTo("Ina Take");
        JsonObject owner = data(clinic.key, seedExample("001-automation-getFormAnswerGroups-locked.graphql"),
                vars("id", id)).getJsonObject("formAnswerGroup");
        assertThat(owner.getJsonObject("user").getString("id")).isEqualTo(patient);
    }

    @Test
    void answersThatDoNotFitTheirQuestionsAreRefusedAndNothingIsWritten() {
        Clinic clinic = Clinic.open("UTC");
        String patient = Fixtures.createClient(clinic.key, "Bad", "Input", "bad." + Api.unique() + "@example.org");
        String form = template(clinic.key, "Checks " + Api.unique(), false);
        String name = question(clinic.key, form, "text", "Name", null, true);
        String age = question(clinic.key, form, "number", "Age", null, false);
        String smoker = question(clinic.key, form, "dropdown", "Smoker?", "Yes\nNo", false);
        String email = question(clinic.key, form, "email", "Email", null, false);
        String other = question(clinic.key, template(clinic.key, "Other " + Api.unique(), false), "text", "X", null,
                false);

        JsonObject refused = data(clinic.key, CREATE, vars("f", form, "u", patient, "fin", true, "answers",
                answers(patient, age, "forty", smoker, "Maybe", email, "not-an-email", other, "foreign")))
                .getJsonObject("createFormAnswerGroup");
        assertThat(refused.isNull("form_answer_group")).isTrue();
        assertThat(messages(refused)).containsExactly(
                "form_answers: answer 1 (Age) must be a number, e.g. 72 or 36.6",
                "form_answers: answer 2 (Smoker?) must be one of the question's options",
                "form_answers: answer 3 (Email) must be an email address",
                "form_answers: answer 4: question " + other + " not found on the form",
                "form_answers: question " + name + " (Name) is required to finish the form");
        JsonObject wrongPatient = data(clinic.key, CREATE, vars("f", form, "u", patient, "fin", false, "answers",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("custom_module_id", name)
                        .add("answer", "x").add("user_id", "999999")).build())).getJsonObject("createFormAnswerGroup");
        assertThat(messages(wrongPatient)).containsExactly(
                "form_answers: answer 1: user_id must be the form's patient (" + patient + ")");
        assertThat(data(clinic.key, "query($f: ID) { formAnswerGroups(custom_module_form_id: $f) { id } }",
                vars("f", form)).getJsonArray("formAnswerGroups")).isEmpty();
        JsonObject unknownForm = data(clinic.key, CREATE, vars("f", "999999999", "u", patient, "fin", true,
                "answers", JsonValue.EMPTY_JSON_ARRAY)).getJsonObject("createFormAnswerGroup");
        assertThat(messages(unknownForm)).containsExactly("id: Form not found");
        JsonObject noPatient = data(clinic.key, CREATE, vars("f", form, "u", null, "fin", false,
                "answers", JsonValue.EMPTY_JSON_ARRAY)).getJsonObject("createFormAnswerGroup");
        assertThat(messages(noPatient)).containsExactly("user_id: can't be blank");

        String grid = question(clinic.key, form, "matrix", "Grid", "[[\"\",\"A\"]]", false);
        JsonObject deep = data(clinic.key, CREATE, vars("f", form, "u", patient, "fin", false, "answers",
                answers(patient, grid, "[".repeat(2_000) + "]".repeat(2_000)))).getJsonObject("createFormAnswerGroup");
        assertThat(messages(deep)).singleElement().asString().contains("(Grid) must be JSON");
        for (String day : List.of("+999999999-12-31", "1999-12-31", "29.10.2021")) {
            JsonObject outOfRange = graphql(clinic.key, "query($d: String) { formAnswerGroups(date: $d) { id } }",
                    vars("d", day));
            assertThat(outOfRange.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .as(day).isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void aChartNoteWrittenOverGraphQlAndSoloIsLockedAndSignedWithTheSeedsWebhooks() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/forms/" + Api.unique();
        JsonObject webhook = WebhooksIT.subscribe(clinic.key, receiver.url(path), List.of("form_answer_group.created",
                "form_answer_group.locked", "form_answer_group.signed", "form_answer_group.deleted"), null, null);
        String patient = Fixtures.createClient(clinic.key, "Charlie", "Chart", "charlie." + Api.unique()
                + "@example.org");
        String appointment = appointment(clinic, patient);
        String soap = "SOAP " + Api.unique();
        String form = template(clinic.key, soap, true);
        String subjective = question(clinic.key, form, "textarea", "Subjective", null, true);
        question(clinic.key, form, "label", "<h2>Vitals</h2>", null, false);
        String temperature = question(clinic.key, form, "number", "Temperature", null, false);
        question(clinic.key, form, "checkbox", "Findings", "Rash\nFever", false);

        JsonObject note = data(clinic.key, CREATE, vars("f", form, "u", patient, "fin", true, "a", appointment,
                "answers", answers(patient, subjective, "Feels unwell", temperature, "38.2")))
                .getJsonObject("createFormAnswerGroup");
        assertThat(note.isNull("messages")).as(note.toString()).isTrue();
        String id = note.getJsonObject("form_answer_group").getString("id");
        assertThat(note.getJsonObject("form_answer_group").getString("appointment_id")).isEqualTo(appointment);
        JsonObject onAppointment = data(clinic.key, APPOINTMENT_FORMS, vars("id", appointment))
                .getJsonObject("appointment");
        assertThat(onAppointment.getJsonObject("form_answer_group").getString("id")).isEqualTo(id);
        assertThat(onAppointment.getJsonObject("form_answer_group").getJsonObject("filler").getString("id"))
                .isEqualTo(clinic.providerId);
        assertThat(onAppointment.isNull("filled_embed_form")).isTrue();
        JsonObject second = data(clinic.key, CREATE, vars("f", form, "u", patient, "fin", true, "a", appointment,
                "answers", answers(patient, subjective, "again"))).getJsonObject("createFormAnswerGroup");
        assertThat(messages(second)).containsExactly(
                "appointment_id: The appointment has a chart note already (form_answer_group)");

        HttpResponse<String> got = rest("GET", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                null);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        JsonObject visitNote = Api.json("{\"notes\":" + got.body() + "}").getJsonArray("notes").getJsonObject(0);
        assertThat(visitNote.getJsonObject("template").getString("name")).isEqualTo(soap);
        JsonArray sections = visitNote.getJsonObject("template").getJsonObject("flow").getJsonArray("sections");
        assertThat(sections.stream().map(s -> s.asJsonObject().getString("name"))).containsExactly(soap, "Vitals");
        String temperatureUuid = sections.getJsonObject(1).getJsonArray("questions").getJsonObject(0).getString("id");
        String findingsUuid = sections.getJsonObject(1).getJsonArray("questions").getJsonObject(1).getString("id");
        assertThat(visitNote.getJsonArray("comments")).isEmpty();
        JsonObject response = visitNote.getJsonArray("responses").getJsonObject(1);
        assertThat(response.getJsonArray("question").toString()).isEqualTo("[\"Vitals\",\"Temperature\"]");
        assertThat(response.getJsonArray("response").toString()).isEqualTo("[\"38.2\"]");
        JsonObject dateTime = response.getJsonObject("dateTime");
        assertThat(dateTime.getString("date")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(dateTime.getInt("timezone_type")).isEqualTo(3);
        assertThat(dateTime.getString("timezone")).isEqualTo("UTC");

        HttpResponse<String> put = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                Json.createObjectBuilder().add("name", soap).add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", temperatureUuid).add("value",
                                Json.createArrayBuilder().add("37.0")))
                        .add(Json.createObjectBuilder().add("id", findingsUuid).add("value",
                                Json.createArrayBuilder().add("Rash").add("Fever")))).build().toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonArray answers = data(clinic.key, APPOINTMENT_FORMS, vars("id", appointment)).getJsonObject("appointment")
                .getJsonObject("form_answer_group").getJsonArray("form_answers");
        assertThat(answers.stream().map(a -> a.asJsonObject().getString("displayed_answer")))
                .containsExactly("Feels unwell", "37.0", "Rash, Fever");
        HttpResponse<String> wrongTemplate = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note",
                clinic.key, "{\"name\": \"No such template\", \"questions\": []}");
        assertThat(wrongTemplate.statusCode()).isEqualTo(400);
        assertThat(wrongTemplate.body()).contains("No active charting template is called");

        JsonObject signed = data(clinic.key, CHANGE.formatted("signFormAnswerGroup"), vars("id", id))
                .getJsonObject("signFormAnswerGroup");
        assertThat(signed.isNull("messages")).as(signed.toString()).isTrue();
        assertThat(signed.getJsonObject("form_answer_group").getJsonObject("signed_by").getString("id"))
                .isEqualTo(clinic.providerId);
        assertThat(signed.getJsonObject("form_answer_group").isNull("locked_at")).isFalse();
        JsonObject relocked = data(clinic.key, CHANGE.formatted("lockFormAnswerGroup"), vars("id", id))
                .getJsonObject("lockFormAnswerGroup");
        assertThat(messages(relocked)).containsExactly("id: The form is locked already");
        JsonObject deleted = data(clinic.key, CHANGE.formatted("deleteFormAnswerGroup"), vars("id", id))
                .getJsonObject("deleteFormAnswerGroup");
        assertThat(messages(deleted)).containsExactly("id: The form is locked and can no longer change");
        HttpResponse<String> lockedPut = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note",
                clinic.key, "{\"name\": \"" + soap + "\", \"questions\": [{\"id\": \"" + temperatureUuid
                        + "\", \"value\": [\"40\"]}]}");
        assertThat(lockedPut.statusCode()).isEqualTo(400);

        List<Received> received = receiver.await(path, 3, Duration.ofSeconds(30));
        for (Received delivery : received) {
            WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
        }
        assertThat(received).extracting(Received::body).containsExactlyInAnyOrder(
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"FormAnswerGroup\",\"event_type\":"
                        + "\"form_answer_group.created\"}",
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"FormAnswerGroup\",\"event_type\":"
                        + "\"form_answer_group.locked\"}",
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"FormAnswerGroup\",\"event_type\":"
                        + "\"form_answer_group.signed\"}");
    }

    @Test
    void aSoloVisitNoteIsTheChartNoteGraphQlReads() {
        Clinic clinic = Clinic.open("Europe/Paris");
        String patient = Fixtures.createClient(clinic.key, "Sol", "O", "sol." + Api.unique() + "@example.org");
        String appointment = appointment(clinic, patient);
        String name = "Acute Neurology - Physician Services " + Api.unique();
        String form = template(clinic.key, name, true);
        question(clinic.key, form, "radio", "Sex", "Female\nMale", false);
        HttpResponse<String> none = rest("GET", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                null);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");
        String uuid = visitNoteQuestion(clinic.key, form);

        HttpResponse<String> put = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key,
                "{\"name\": \"" + name + "\", \"questions\": [{\"id\": \"" + uuid + "\", \"value\": [\"Male\"]}]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonObject note = data(clinic.key, APPOINTMENT_FORMS, vars("id", appointment)).getJsonObject("appointment")
                .getJsonObject("form_answer_group");
        assertThat(note.getBoolean("finished")).isTrue();
        assertThat(note.getJsonObject("user").getString("id")).isEqualTo(patient);
        assertThat(note.getJsonArray("form_answers").getJsonObject(0).getString("answer")).isEqualTo("Male");
        HttpResponse<String> other = rest("GET", "/qapi/v1/appointments/" + appointment + "/visit-note",
                Fixtures.newOrganization("Elsewhere " + Api.unique()), null);
        assertThat(other.statusCode()).isEqualTo(404);
        HttpResponse<String> unknownQuestion = rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note",
                clinic.key, "{\"name\": \"" + name + "\", \"questions\": [{\"id\": \"00000000-0000-0000-0000-000000000000"
                        + "\", \"value\": [\"Male\"]}]}");
        assertThat(unknownQuestion.statusCode()).isEqualTo(400);
        assertThat(rest("PUT", "/qapi/v1/appointments/" + appointment + "/visit-note", clinic.key, "{\"name\": 5}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void patientsFillTheirOwnFormsAndNeverSeeChartNotesNorAnotherOrganizationAnything() {
        Clinic clinic = Clinic.open("UTC");
        Clinic.Patient patient = clinic.signedInPatient("UTC");
        String intake = template(clinic.key, "Patient intake " + Api.unique(), false);
        String name = question(clinic.key, intake, "text", "Name", null, true);
        String chart = template(clinic.key, "Chart " + Api.unique(), true);
        String finding = question(clinic.key, chart, "text", "Finding", null, false);

        JsonObject own = data(patient.token(), CREATE, vars("f", intake, "fin", true, "answers",
                answers(patient.id(), name, "Pat"))).getJsonObject("createFormAnswerGroup");
        assertThat(own.isNull("messages")).as(own.toString()).isTrue();
        String ownId = own.getJsonObject("form_answer_group").getString("id");
        JsonObject note = data(clinic.key, CREATE, vars("f", chart, "u", patient.id(), "fin", true, "answers",
                answers(patient.id(), finding, "private"))).getJsonObject("createFormAnswerGroup");
        String noteId = note.getJsonObject("form_answer_group").getString("id");

        assertThat(code(graphql(patient.token(), "query($id: ID) { formAnswerGroup(id: $id) { id } }",
                vars("id", noteId)))).isEqualTo("NOT_FOUND");
        assertThat(data(patient.token(), "{ formAnswerGroups { id } }", null).getJsonArray("formAnswerGroups")
                .stream().map(f -> f.asJsonObject().getString("id"))).containsExactly(ownId);
        assertThat(code(graphql(patient.token(), CREATE, vars("f", chart, "fin", true, "answers",
                answers(patient.id(), finding, "mine"))))).isEqualTo("FORBIDDEN");
        assertThat(Api.graphqlResponse(null, "query($id: ID) { formAnswerGroup(id: $id) { id } }", vars("id", ownId))
                .statusCode()).isEqualTo(401);

        String elsewhere = Fixtures.newOrganization("Elsewhere " + Api.unique());
        assertThat(code(graphql(elsewhere, "query($id: ID) { formAnswerGroup(id: $id) { id } }", vars("id", noteId))))
                .isEqualTo("NOT_FOUND");
        assertThat(data(elsewhere, "query($u: ID) { formAnswerGroups(user_id: $u) { id } }", vars("u", patient.id()))
                .getJsonArray("formAnswerGroups")).isEmpty();
        JsonObject foreignTemplate = data(elsewhere, CREATE, vars("f", intake, "u", patient.id(), "fin", false,
                "answers", JsonValue.EMPTY_JSON_ARRAY)).getJsonObject("createFormAnswerGroup");
        assertThat(messages(foreignTemplate)).containsExactly("id: Form not found");
        JsonObject foreignLock = data(elsewhere, CHANGE.formatted("lockFormAnswerGroup"), vars("id", noteId))
                .getJsonObject("lockFormAnswerGroup");
        assertThat(messages(foreignLock)).containsExactly("id: Form answer group not found");
    }

    @Test
    void racingWritersLeaveOneChartNotePerAppointment() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String patient = Fixtures.createClient(clinic.key, "Race", "Note", "race." + Api.unique() + "@example.org");
        String form = template(clinic.key, "Race " + Api.unique(), true);
        String text = question(clinic.key, form, "text", "Note", null, false);
        String graphQlAppointment = appointment(clinic, patient);
        List<JsonObject> created = Concurrently.run(8, n -> data(clinic.key, CREATE, vars("f", form, "u", patient,
                "fin", true, "a", graphQlAppointment, "answers", answers(patient, text, "writer " + n)))
                .getJsonObject("createFormAnswerGroup"));
        assertThat(created.stream().filter(p -> p.isNull("messages")).count()).isEqualTo(1);
        assertThat(created.stream().filter(p -> !p.isNull("messages")).map(FilledFormsIT::messages))
                .allSatisfy(m -> assertThat(m).containsExactly(
                        "appointment_id: The appointment has a chart note already (form_answer_group)"));

        String soloAppointment = appointment(clinic, patient);
        String uuid = visitNoteQuestion(clinic.key, form);
        List<Integer> statuses = Concurrently.run(8, n -> rest("PUT", "/qapi/v1/appointments/" + soloAppointment
                + "/visit-note", clinic.key, "{\"name\": \"" + data(clinic.key, "query($id: ID) { customModuleForm("
                + "id: $id) { name } }", vars("id", form)).getJsonObject("customModuleForm").getString("name")
                + "\", \"questions\": [{\"id\": \"" + uuid + "\", \"value\": [\"put " + n + "\"]}]}").statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(data(clinic.key, "query($f: ID) { formAnswerGroups(custom_module_form_id: $f) { appointment_id } }",
                vars("f", form)).getJsonArray("formAnswerGroups").stream()
                .map(f -> f.asJsonObject().getString("appointment_id")))
                .containsExactlyInAnyOrder(graphQlAppointment, soloAppointment);
    }

    /** The UUID of the template's first question: what a Solo visit note names it by. */
    private static String visitNoteQuestion(String key, String form) {
        return data(key, "query($id: ID) { customModuleForm(id: $id) { custom_modules { uuid } } }", vars("id", form))
                .getJsonObject("customModuleForm").getJsonArray("custom_modules").getJsonObject(0).getString("uuid");
    }

    static String appointment(Clinic clinic, String patient) {
        LocalDate day = LocalDate.now().plusDays(3);
        clinic.once(clinic.providerId, day, "08:00", "18:00");
        String type = clinic.appointmentType("Visit " + Api.unique(), 30);
        JsonObject payload = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u,
                  appointment_type_id: $t, contact_type: "Phone Call", datetime: $d}) { appointment { id }
                  messages { field message } } }""", vars("u", patient, "t", type, "d", day + " "
                + LocalTime.of(8, 0).plusMinutes(30L * (SLOT.getAndIncrement() % 20))))
                .getJsonObject("createAppointment");
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("appointment").getString("id");
    }

    static String template(String key, String name, boolean charting) {
        JsonObject created = data(key, """
                mutation($n: String, $c: Boolean) { createCustomModuleForm(input: {name: $n, use_for_charting: $c}) {
                  customModuleForm { id } messages { field message } } }""", vars("n", name, "c", charting))
                .getJsonObject("createCustomModuleForm");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("customModuleForm").getString("id");
    }

    static String question(String key, String form, String type, String label, String options, boolean required) {
        JsonObject created = data(key, CREATE_QUESTION, vars("f", form, "t", type, "l", label, "o", options,
                "r", required)).getJsonObject("createCustomModule");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("customModule").getString("id");
    }

    /** Healthie's form_answers: question id, answer, in pairs, all on {@code patient}. */
    static JsonArray answers(String patient, String... questionsAndAnswers) {
        var list = Json.createArrayBuilder();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            list.add(Json.createObjectBuilder().add("custom_module_id", questionsAndAnswers[i])
                    .add("answer", questionsAndAnswers[i + 1]).add("user_id", patient));
        }
        return list.build();
    }

    static List<String> messages(JsonObject payload) {
        return payload.getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("field") + ": " + m.getString("message")).toList();
    }

    private static String code(JsonObject response) {
        return response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }
}
