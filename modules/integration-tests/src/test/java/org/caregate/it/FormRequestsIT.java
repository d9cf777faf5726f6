package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Form Completion Requests": the three example operations pasted as printed run against the live server
 * and do what the prose says; each request reaches its patient by email (GreenMail), a reminder too; a recurrence
 * sends its due occurrence once and stops when deleted with its recurring form; bad input is refused on its field;
 * another organization's patients, templates and requests are not found; two deletions of one request race and one
 * wins.
 */
class FormRequestsIT {

    static final String READ = """
            query($u: ID) { requestedFormCompletions(user_id: $u) { id item_type status recurring_form_id
              custom_module_form { id name } recipient { id email } sender { id } } }""";
    static final Duration WAIT = Duration.ofSeconds(30);

    private static String owner;
    private static String other;
    private static String ownerId;

    @BeforeAll
    static void organizations() {
        owner = Fixtures.newOrganization("Requests " + Api.unique());
        other = Fixtures.newOrganization("Other requests " + Api.unique());
        ownerId = Fixtures.currentUserId(owner);
    }

    @Test
    void theSeedsExamplesSendListAndDeleteARequestAndThePatientsAreEmailed() {
        String form = template(owner, "Health History " + Api.unique());
        String first = patientEmail();
        String second = patientEmail();
        String ann = Fixtures.createClient(owner, "Ann", "Asked", first);
        String bob = Fixtures.createClient(owner, "Bob", "Asked", second);

        JsonObject created = data(owner, seedExample("001-forms-createRequestedFormCompletion.graphql"),
                vars("recipient_ids", ann + "," + bob, "form", form, "is_recurring", false))
                .getJsonObject("createRequestedFormCompletion");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("requestedFormCompletion").getString("id");

        JsonArray listed = data(owner, seedExample("001-forms-requestedFormCompletions.graphql"),
                vars("userId", ann, "keywords", "health history", "status", "Open"))
                .getJsonArray("requestedFormCompletions");
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(listed.getJsonObject(0).getString("item_type")).isEqualTo("cmf");
        JsonObject request = data(owner, READ, vars("u", ann)).getJsonArray("requestedFormCompletions")
                .getJsonObject(0);
        assertThat(request.getString("status")).isEqualTo("Open");
        assertThat(request.getJsonObject("custom_module_form").getString("id")).isEqualTo(form);
        assertThat(request.getJsonObject("recipient").getString("email")).isEqualTo(first);
        assertThat(request.getJsonObject("sender").getString("id")).isEqualTo(ownerId);
        assertThat(request.isNull("recurring_form_id")).isTrue();
        assertThat(data(owner, READ, vars("u", bob)).getJsonArray("requestedFormCompletions")).hasSize(1);

        List<MimeMessage> mail = OutreachIT.awaitMail(first, 1);
        assertThat(OutreachIT.subject(mail.get(0))).contains("asks you to fill in").contains("Health History");
        OutreachIT.awaitMail(second, 1);

        JsonObject reminded = data(owner, """
                mutation($id: ID, $r: String) { updateClient(input: {id: $id, send_form_request_reminder: true,
                  requested_form_completion_id: $r, first_name: "Not changed"}) { user { id first_name }
                  messages { field message } } }""", vars("id", ann, "r", id)).getJsonObject("updateClient");
        assertThat(reminded.isNull("messages")).as(reminded.toString()).isTrue();
        assertThat(reminded.getJsonObject("user").getString("first_name")).isEqualTo("Ann");
        assertThat(OutreachIT.subject(OutreachIT.awaitMail(first, 2).get(1))).startsWith("Reminder:");

        JsonObject deleted = data(owner, seedExample("001-forms-deleteRequestedFormCompletion.graphql"),
                vars("id", id, "recurringFormId", null)).getJsonObject("deleteRequestedFormCompletion");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        assertThat(deleted.getJsonObject("requestedFormCompletion").getString("id")).isEqualTo(id);
        assertThat(data(owner, READ, vars("u", ann)).getJsonArray("requestedFormCompletions")).isEmpty();
        assertThat(notFound(data(owner, seedExample("001-forms-deleteRequestedFormCompletion.graphql"),
                vars("id", id)).getJsonObject("deleteRequestedFormCompletion"))).isTrue();
    }

    @Test
    void aRecurrenceSendsItsDueOccurrenceOnceAndEndsWhenDeletedWithItsRecurringForm() throws Exception {
        String form = template(owner, "Weekly check-in " + Api.unique());
        String email = patientEmail();
        String patient = Fixtures.createClient(owner, "Rita", "Recurring", email);
        JsonObject created = data(owner, seedExample("001-forms-createRequestedFormCompletion.graphql"),
                vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Weekly",
                        "period", "PM", "minute", "5", "hour", "1", "weekday", "Monday", "monthday", null,
                        "recurrence_ends", true, "ends_on", "2099-12-31"))
                .getJsonObject("createRequestedFormCompletion");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        JsonObject first = data(owner, READ, vars("u", patient)).getJsonArray("requestedFormCompletions")
                .getJsonObject(0);
        String recurring = first.getString("recurring_form_id");
        OutreachIT.awaitMail(email, 1);

        dueNow(recurring);
        awaitRequests(owner, patient, 2);
        OutreachIT.awaitMail(email, 2);
        WebhooksIT.sleep(3000);
        assertThat(data(owner, READ, vars("u", patient)).getJsonArray("requestedFormCompletions"))
                .as("one request per occurrence").hasSize(2);
        assertThat(nextOccurrence(recurring)).isAfter(Instant.now());

        JsonObject deleted = data(owner, seedExample("001-forms-deleteRequestedFormCompletion.graphql"),
                vars("id", first.getString("id"), "recurringFormId", recurring))
                .getJsonObject("deleteRequestedFormCompletion");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        assertThat(nextOccurrence(recurring)).as("ended").isNull();
        assertThat(data(owner, READ, vars("u", patient)).getJsonArray("requestedFormCompletions")).hasSize(1);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndSendsNothing() {
        String form = template(owner, "Checked " + Api.unique());
        String patient = Fixtures.createClient(owner, "Bad", "Input", patientEmail());
        assertThat(refused(vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Hourly",
                "hour", "13", "minute", "61", "period", "noon"))).containsExactly("frequency", "hour", "minute",
                "period");
        assertThat(refused(vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Weekly",
                "hour", "1", "period", "PM", "weekday", "Mon"))).containsExactly("weekday");
        assertThat(refused(vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Monthly",
                "hour", "1", "period", "PM", "monthday", "32nd"))).containsExactly("monthday");
        assertThat(refused(vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Daily",
                "hour", "1", "period", "PM", "recurrence_ends", true, "ends_on", "tomorrow"))).containsExactly("ends_on");
        assertThat(refused(vars("recipient_ids", "x," + patient, "form", "y"))).containsExactly("recipient_ids", "form");
        assertThat(refused(vars("form", form))).containsExactly("recipient_ids");
        assertThat(refused(vars("recipient_ids", patient, "form", form, "is_recurring", true, "frequency", "Daily",
                "hour", "1", "period", "PM", "recurrence_ends", true, "ends_on", "2000-01-01")))
                .containsExactly("ends_on");
        assertThat(data(owner, READ, vars("u", patient)).getJsonArray("requestedFormCompletions")).isEmpty();
        assertThat(code(graphql(owner, seedExample("001-forms-requestedFormCompletions.graphql"),
                vars("status", "Closed")))).isEqualTo("BAD_USER_INPUT");
        JsonObject malformed = data(owner, seedExample("001-forms-deleteRequestedFormCompletion.graphql"),
                vars("id", "abc")).getJsonObject("deleteRequestedFormCompletion");
        assertThat(malformed.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("id");
        assertThat(notFound(data(owner, seedExample("001-forms-createRequestedFormCompletion.graphql"),
                vars("recipient_ids", ownerId, "form", form)).getJsonObject("createRequestedFormCompletion")))
                .as("a member is no recipient").isTrue();
    }

    @Test
    void anotherOrganizationsPatientsTemplatesAndRequestsAreNotFound() {
        String form = template(owner, "Private " + Api.unique());
        String patient = Fixtures.createClient(owner, "Only", "Ours", patientEmail());
        String id = send(owner, patient, form);
        String theirForm = template(other, "Theirs " + Api.unique());
        String theirPatient = Fixtures.createClient(other, "Their", "Patient", patientEmail());

        assertThat(notFound(create(other, patient, theirForm))).isTrue();
        assertThat(notFound(create(other, theirPatient, form))).isTrue();
        assertThat(notFound(data(other, seedExample("001-forms-deleteRequestedFormCompletion.graphql"),
                vars("id", id)).getJsonObject("deleteRequestedFormCompletion"))).isTrue();
        assertThat(notFound(data(other, """
                mutation($id: ID, $r: String) { updateClient(input: {id: $id, send_form_request_reminder: true,
                  requested_form_completion_id: $r}) { user { id } messages { field message } } }""",
                vars("id", theirPatient, "r", id)).getJsonObject("updateClient"))).isTrue();
        assertThat(data(other, READ, vars("u", patient)).getJsonArray("requestedFormCompletions")).isEmpty();
        assertThat(data(other, READ, vars("u", null)).getJsonArray("requestedFormCompletions")).isEmpty();
        assertThat(data(owner, READ, vars("u", patient)).getJsonArray("requestedFormCompletions")).hasSize(1);
        assertThat(Api.graphqlResponse(null, READ, vars("u", patient)).statusCode()).isEqualTo(401);
    }

    @Test
    void twoDeletionsOfOneRequestRaceAndOneWins() throws Exception {
        String form = template(owner, "Raced " + Api.unique());
        String patient = Fixtures.createClient(owner, "Race", "Patient", patientEmail());
        String id = send(owner, patient, form);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonObject> delete = () -> data(owner,
                    seedExample("001-forms-deleteRequestedFormCompletion.graphql"), vars("id", id))
                    .getJsonObject("deleteRequestedFormCompletion");
            List<Future<JsonObject>> raced = List.of(pool.submit(delete), pool.submit(delete));
            List<JsonObject> answers = new ArrayList<>();
            for (Future<JsonObject> answer : raced) {
                answers.add(answer.get());
            }
            assertThat(answers.stream().filter(a -> a.isNull("messages")).count()).isEqualTo(1);
            assertThat(answers.stream().filter(FormRequestsIT::notFound).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    static String template(String key, String name) {
        JsonObject created = data(key, seedExample("001-forms-createCustomModuleForm.graphql"), vars("name", name))
                .getJsonObject("createCustomModuleForm");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("customModuleForm").getString("id");
    }

    /** Sends the form to the patient once; returns the request's id. */
    static String send(String key, String patient, String form) {
        JsonObject created = create(key, patient, form);
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("requestedFormCompletion").getString("id");
    }

    private static JsonObject create(String key, String patient, String form) {
        return data(key, seedExample("001-forms-createRequestedFormCompletion.graphql"),
                vars("recipient_ids", patient, "form", form)).getJsonObject("createRequestedFormCompletion");
    }

    /** Makes the recurrence's next occurrence due now, as if its time had come. */
    static void dueNow(String recurring) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement update = db.prepareStatement(
                "UPDATE forms.recurring_request SET next_occurrence_at = now() WHERE id = ?")) {
            update.setLong(1, Long.parseLong(recurring));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    static Instant nextOccurrence(String recurring) throws SQLException {
        try (Connection db = TestServer.get().connectToDatabase(); PreparedStatement select = db.prepareStatement(
                "SELECT next_occurrence_at FROM forms.recurring_request WHERE id = ?")) {
            select.setLong(1, Long.parseLong(recurring));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp next = row.getTimestamp(1);
                return next == null ? null : next.toInstant();
            }
        }
    }

    /** Waits until the patient has {@code count} requests, as the member with {@code key} lists them. */
    static JsonArray awaitRequests(String key, String patient, int count) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        JsonArray requests;
        do {
            requests = data(key, READ, vars("u", patient)).getJsonArray("requestedFormCompletions");
            if (requests.size() >= count) {
                return requests;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("expected " + count + " requests for " + patient + ", found " + requests);
    }

    private static String patientEmail() {
        return "asked." + Api.unique() + "@patients.example";
    }

    private static List<String> refused(JsonObject variables) {
        JsonObject payload = data(owner, seedExample("001-forms-createRequestedFormCompletion.graphql"), variables)
                .getJsonObject("createRequestedFormCompletion");
        assertThat(payload.get("messages").getValueType()).as(payload.toString()).isEqualTo(JsonValue.ValueType.ARRAY);
        return payload.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("field")).toList();
    }

    private static boolean notFound(JsonObject payload) {
        return !payload.isNull("messages") && payload.getJsonArray("messages").getJsonObject(0).getString("message")
                .endsWith("not found");
    }

    private static String code(JsonObject answer) {
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }
}
