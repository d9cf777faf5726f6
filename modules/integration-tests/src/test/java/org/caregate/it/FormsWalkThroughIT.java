package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.FilledFormsIT.answers;
import static org.caregate.it.FilledFormsIT.question;
import static org.caregate.it.FilledFormsIT.template;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's walk-through, as a clinic lives it: a template and its questions, an onboarding flow on a patient group,
 * a request to fill the intake and a reminder of the intake by email, the patient's intake through that flow
 * (completing the request; no intake is left to remind of), a chart note on the
 * patient's appointment, locked by signing — and the integrator's receiver hearing each step with seed 001's
 * signature.
 */
class FormsWalkThroughIT {

    private static final String REMIND_OF_INTAKE = """
            mutation($id: ID) { updateClient(input: {id: $id, send_form_request_reminder: true, is_intake_item: true}) {
              user { id } messages { field message } } }""";

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void templateOnboardingIntakeChartNoteAndSignature() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String path = "/walk/" + Api.unique();
        JsonObject webhook = WebhooksIT.subscribe(clinic.key, receiver.url(path), List.of("form_answer_group.created",
                "form_answer_group.locked", "form_answer_group.signed"), null, null);

        String intake = template(clinic.key, "New patient intake " + Api.unique(), false);
        String name = question(clinic.key, intake, "text", "Full name", null, true);
        String smoker = question(clinic.key, intake, "radio", "Do you smoke?", "Yes\nNo", true);
        String group = data(clinic.key, "mutation($n: String) { createGroup(input: {name: $n}) { user_group { id } } }",
                vars("n", "New patients " + Api.unique())).getJsonObject("createGroup").getJsonObject("user_group")
                .getString("id");
        JsonObject flow = data(clinic.key, """
                mutation($n: String, $g: String) { createOnboardingFlow(input: {name: $n,
                  groups_to_use_onboarding_flow: $g}) { onboardingFlow { id } messages { field message } } }""",
                vars("n", "Welcome", "g", group)).getJsonObject("createOnboardingFlow");
        assertThat(flow.isNull("messages")).as(flow.toString()).isTrue();
        String flowId = flow.getJsonObject("onboardingFlow").getString("id");
        JsonObject item = data(clinic.key, """
                mutation($f: String, $t: String) { createOnboardingItem(input: {onboarding_flow_id: $f, item_type: $t,
                  is_skippable: false}) { onboardingItem { id } messages { field message } } }""", vars("f", flowId,
                "t", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "Module Form")
                        .add("id", intake)).build().toString())).getJsonObject("createOnboardingItem");
        assertThat(item.isNull("messages")).as(item.toString()).isTrue();
        String itemId = item.getJsonObject("onboardingItem").getString("id");
        assertThat(data(clinic.key, "query($id: ID) { userGroup(id: $id) { onboarding_flow_id } }", vars("id", group))
                .getJsonObject("userGroup").getString("onboarding_flow_id")).isEqualTo(flowId);

        Clinic.Patient patient = clinic.signedInPatient("UTC");
        JsonObject placed = data(clinic.key, """
                mutation($id: ID, $g: String) { updateClient(input: {id: $id, user_group_id: $g}) { user { id }
                  messages { field message } } }""", vars("id", patient.id(), "g", group)).getJsonObject("updateClient");
        assertThat(placed.isNull("messages")).as(placed.toString()).isTrue();
        JsonObject myFlow = data(patient.token(), """
                query($u: ID) { onboardingFlow(user_id: $u) { id onboarding_items { id item_id
                  completed_onboarding_item { id skipped } } } }""", vars("u", patient.id())).getJsonObject("onboardingFlow");
        assertThat(myFlow.getString("id")).isEqualTo(flowId);
        assertThat(myFlow.getJsonArray("onboarding_items").getJsonObject(0).getString("item_id")).isEqualTo(intake);

        JsonObject requested = data(clinic.key, """
                mutation($p: String, $f: String) { createRequestedFormCompletion(input: {recipient_ids: $p, form: $f}) {
                  requestedFormCompletion { id status } messages { field message } } }""", vars("p", patient.id(),
                "f", intake)).getJsonObject("createRequestedFormCompletion");
        assertThat(requested.isNull("messages")).as(requested.toString()).isTrue();
        String request = requested.getJsonObject("requestedFormCompletion").getString("id");

        JsonObject reminded = data(clinic.key, REMIND_OF_INTAKE, vars("id", patient.id()))
                .getJsonObject("updateClient");
        assertThat(reminded.isNull("messages")).as(reminded.toString()).isTrue();
        String email = data(clinic.key, "query($id: ID) { user(id: $id) { email } }", vars("id", patient.id()))
                .getJsonObject("user").getString("email");
        List<MimeMessage> mail = OutreachIT.awaitMail(email, 2);
        MimeMessage intakeReminder = mail.stream().filter(m -> OutreachIT.subject(m).contains("intake forms"))
                .findFirst().orElseThrow();
        assertThat(OutreachIT.subject(intakeReminder)).startsWith("Reminder:");
        assertThat(intakeReminder.getContent().toString()).contains("- New patient intake ");

        JsonObject filled = data(patient.token(), """
                mutation($f: String, $a: [FormAnswerInput!]!) { createFormAnswerGroup(input: {finished: true,
                  custom_module_form_id: $f, form_answers: $a}) { form_answer_group { id } messages { field message } } }""",
                vars("f", intake, "a", answers(patient.id(), name, "Pat Ient", smoker, "No")))
                .getJsonObject("createFormAnswerGroup");
        assertThat(filled.isNull("messages")).as(filled.toString()).isTrue();
        String intakeForm = filled.getJsonObject("form_answer_group").getString("id");
        JsonObject fulfilled = data(clinic.key, """
                query($u: ID) { requestedFormCompletions(user_id: $u, status: "Completed") { id status
                  form_answer_group { id } } }""", vars("u", patient.id())).getJsonArray("requestedFormCompletions")
                .getJsonObject(0);
        assertThat(fulfilled.getString("id")).as("submitting the form completes the request").isEqualTo(request);
        assertThat(fulfilled.getJsonObject("form_answer_group").getString("id")).isEqualTo(intakeForm);
        JsonObject completed = data(patient.token(), """
                mutation($i: ID) { createCompletedOnboardingItem(input: {onboarding_item_id: $i, skipped: false}) {
                  completed_onboarding_item { id skipped } messages { field message } } }""", vars("i", itemId))
                .getJsonObject("createCompletedOnboardingItem");
        assertThat(completed.isNull("messages")).as(completed.toString()).isTrue();
        JsonObject nothingLeft = data(clinic.key, REMIND_OF_INTAKE, vars("id", patient.id()))
                .getJsonObject("updateClient");
        assertThat(nothingLeft.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("The client has no intake forms left to complete");
        JsonObject progress = data(clinic.key, """
                query($u: ID) { onboardingFlow(user_id: $u) { onboarding_items { completed_onboarding_item { skipped } } } }""",
                vars("u", patient.id())).getJsonObject("onboardingFlow");
        assertThat(progress.getJsonArray("onboarding_items").getJsonObject(0).getJsonObject("completed_onboarding_item")
                .getBoolean("skipped")).isFalse();

        String soap = template(clinic.key, "SOAP " + Api.unique(), true);
        String assessment = question(clinic.key, soap, "textarea", "Assessment", null, true);
        String appointment = FilledFormsIT.appointment(clinic, patient.id());
        JsonObject note = data(clinic.key, """
                mutation($f: String, $u: String, $a: String, $x: [FormAnswerInput!]!) { createFormAnswerGroup(input: {
                  finished: true, custom_module_form_id: $f, user_id: $u, appointment_id: $a, form_answers: $x}) {
                  form_answer_group { id } messages { field message } } }""", vars("f", soap, "u", patient.id(),
                "a", appointment, "x", answers(patient.id(), assessment, "Non-smoker, well"))).getJsonObject("createFormAnswerGroup");
        assertThat(note.isNull("messages")).as(note.toString()).isTrue();
        String chartNote = note.getJsonObject("form_answer_group").getString("id");
        JsonObject signed = data(clinic.key, """
                mutation($id: ID) { signFormAnswerGroup(input: {id: $id}) { form_answer_group { id locked_at signed_at }
                  messages { field message } } }""", vars("id", chartNote)).getJsonObject("signFormAnswerGroup");
        assertThat(signed.isNull("messages")).as(signed.toString()).isTrue();

        JsonObject visit = data(clinic.key, "query($id: ID) { appointment(id: $id) { form_answer_group { id "
                + "signed_at user { id } } } }", vars("id", appointment)).getJsonObject("appointment");
        assertThat(visit.getJsonObject("form_answer_group").getString("id")).isEqualTo(chartNote);
        assertThat(visit.getJsonObject("form_answer_group").getJsonObject("user").getString("id"))
                .isEqualTo(patient.id());
        assertThat(data(patient.token(), "{ formAnswerGroups { id } }", null).getJsonArray("formAnswerGroups").stream()
                .map(f -> f.asJsonObject().getString("id"))).as("the patient sees the intake, not the chart note")
                .containsExactly(intakeForm);
        assertThat(data(patient.token(), "query($id: ID) { appointment(id: $id) { form_answer_group { id } } }",
                vars("id", appointment)).getJsonObject("appointment").isNull("form_answer_group")).isTrue();

        List<Received> received = receiver.await(path, 4, Duration.ofSeconds(30));
        for (Received delivery : received) {
            WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
        }
        assertThat(received).extracting(Received::body).containsExactlyInAnyOrder(
                event(intakeForm, "created"), event(chartNote, "created"), event(chartNote, "locked"),
                event(chartNote, "signed"));
    }

    private static String event(String id, String action) {
        return "{\"resource_id\":" + id + ",\"resource_id_type\":\"FormAnswerGroup\",\"event_type\":"
                + "\"form_answer_group." + action + "\"}";
    }
}
