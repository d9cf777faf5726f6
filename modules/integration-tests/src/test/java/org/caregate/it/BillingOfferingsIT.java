package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Packages (seed 001 "Packages", Healthie's Offering) over HTTP: every seed example as printed, prices as exact
 * strings, the {@code offering_ids: [ID]} argument, visibility per group, another organization's and deleted
 * packages as unknown ones, and credits a grant gives that a booking then uses.
 */
class BillingOfferingsIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String CREATE = """
            mutation($n: String, $p: String, $f: String, $i: [OfferingIncludesFields], $v: String, $g: ID, $ftp: String) {
              createOffering(input: {name: $n, price: $p, billing_frequency: $f, offering_includes: $i, visibility_status: $v,
                user_group_id: $g, first_time_payment: $ftp}) {
                offering { id name price currency billing_frequency first_time_payment initial_payment_amount
                  initial_price_with_taxes frequency_times_string show_offering visibility_status archived
                  offering_includes { id quantity is_repeating appointment_type { id name clients_can_book } } }
                messages { field message } } }""";

    private static JsonArray includes(String type, String quantity, boolean repeating) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("appointment_type_id", type)
                .add("quantity", quantity).add("is_repeating", repeating)).build();
    }

    private static JsonObject create(String key, Object... vars) {
        return data(key, CREATE, vars(vars)).getJsonObject("createOffering");
    }

    private static String createdId(String key, Object... vars) {
        JsonObject payload = create(key, vars);
        assertThat(payload.isNull("messages")).as(payload.toString()).isTrue();
        return payload.getJsonObject("offering").getString("id");
    }

    @Test
    void everySeedExampleRunsAsPrintedAndDoesWhatTheProseSays() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Initial Consultation", 60);
        JsonArray seedIncludes = includes(type, "1", true);

        JsonObject created = data(clinic.key, seedExample("001-billing-createOffering.graphql"), vars("name",
                "Example Package", "price", "100", "billing_frequency", "Weekly", "offering_includes", seedIncludes,
                "first_time_payment", "50", "visibility_status", "hidden", "charge_immediately", true, "course_ids", null))
                .getJsonObject("createOffering");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("offering").getString("id");

        JsonObject offering = data(clinic.key, seedExample("001-billing-offering.graphql"), vars("id", id))
                .getJsonObject("offering");
        assertThat(offering.getString("name")).isEqualTo("Example Package");
        assertThat(offering.getString("billing_frequency")).isEqualTo("Weekly");
        assertThat(offering.getString("currency")).isEqualTo("USD");
        assertThat(offering.getString("price")).isEqualTo("100.0");
        assertThat(offering.getString("initial_payment_amount")).isEqualTo("50.0");
        assertThat(offering.getString("initial_price_with_taxes")).isEqualTo("50.0");

        // the seed's updateOffering sends no id (the prose: "id | Required"): refused on id, nothing changes
        JsonObject withoutId = data(clinic.key, seedExample("001-billing-updateOffering.graphql"), vars("name", "Renamed",
                "price", "120")).getJsonObject("updateOffering");
        assertThat(Api.refusedFields(withoutId)).containsExactly("id");
        // the same example with the id the prose requires
        String withId = seedExample("001-billing-updateOffering.graphql")
                .replace("mutation updateOffering(", "mutation updateOffering(\n$id: ID,")
                .replace("input: {", "input: {\nid: $id,");
        JsonObject updated = data(clinic.key, withId, vars("id", id, "name", "Renamed", "price", "120.5",
                "billing_frequency", "monthly", "visibility_status", "visible")).getJsonObject("updateOffering");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        JsonObject reread = data(clinic.key, seedExample("001-billing-offering.graphql"), vars("id", id))
                .getJsonObject("offering");
        assertThat(reread.getString("name")).isEqualTo("Renamed");
        assertThat(reread.getString("price")).isEqualTo("120.5");
        assertThat(reread.getString("billing_frequency")).isEqualTo("Monthly");

        JsonObject copied = data(clinic.key, seedExample("001-billing-copyOffering.graphql"), vars("id", id))
                .getJsonObject("copyOffering");
        assertThat(copied.isNull("messages")).as(copied.toString()).isTrue();
        String copy = copied.getJsonObject("offering").getString("id");
        assertThat(copy).isNotEqualTo(id);

        JsonArray listed = data(clinic.key, seedExample("001-billing-offerings.graphql"), vars("offering_ids",
                Json.createArrayBuilder().add(id).add(copy).build(), "sort_by", "name_asc")).getJsonArray("offerings");
        assertThat(listed.stream().map(o -> o.asJsonObject().getString("name")))
                .containsExactly("Copy of Renamed", "Renamed");

        JsonObject deleted = data(clinic.key, seedExample("001-billing-deleteOffering.graphql"), vars("id", copy))
                .getJsonObject("deleteOffering");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        assertThat(deleted.getJsonObject("offering").getString("id")).isEqualTo(copy);
        assertThat(data(clinic.key, seedExample("001-billing-offerings.graphql"), vars()).getJsonArray("offerings")
                .stream().map(o -> o.asJsonObject().getString("id"))).containsExactly(id);
        assertThat(Api.errorCode(graphql(clinic.key, seedExample("001-billing-offering.graphql"), vars("id", copy))))
                .isEqualTo("NOT_FOUND");
        assertThat(Api.refusedAsNotFound(data(clinic.key, seedExample("001-billing-deleteOffering.graphql"),
                vars("id", copy)).getJsonObject("deleteOffering"))).isTrue();
    }

    @Test
    void pricesIncludesAndFrequenciesAreValidatedAndAmountsKeepTheirScale() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Follow-up Session", 30);
        JsonObject created = create(clinic.key, "n", "Bundle", "p", "1234.50", "f", "one-time", "i",
                includes(type, "3", false));
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        JsonObject offering = created.getJsonObject("offering");
        assertThat(offering.getString("price")).isEqualTo("1234.5");
        assertThat(offering.getString("billing_frequency")).isEqualTo("One-Time");
        assertThat(offering.getString("frequency_times_string")).isEmpty();
        assertThat(offering.isNull("first_time_payment")).isTrue();
        assertThat(offering.getString("initial_payment_amount")).isEqualTo("1234.5");
        assertThat(offering.getBoolean("show_offering")).isTrue();
        JsonObject include = offering.getJsonArray("offering_includes").getJsonObject(0);
        assertThat(include.getString("quantity")).isEqualTo("3");
        assertThat(include.getBoolean("is_repeating")).isFalse();
        assertThat(include.getJsonObject("appointment_type").getString("id")).isEqualTo(type);
        assertThat(include.getJsonObject("appointment_type").getString("name")).isEqualTo("Follow-up Session");
        assertThat(include.getJsonObject("appointment_type").getBoolean("clients_can_book")).isTrue();

        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "1.001", "f", "Weekly"))).containsExactly("price");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "-5", "f", "Weekly"))).containsExactly("price");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "10000000000", "f", "Weekly")))
                .containsExactly("price");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "10", "f", "Daily")))
                .containsExactly("billing_frequency");
        assertThat(Api.refusedFields(create(clinic.key, "p", "10", "f", "Weekly"))).containsExactly("name");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "10", "f", "Weekly", "i",
                includes("999999999", "1", true)))).containsExactly("offering_includes");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "10", "f", "Weekly", "i",
                includes(type, "0", true)))).containsExactly("offering_includes");
        assertThat(Api.refusedFields(create(clinic.key, "n", "x", "p", "10", "f", "Weekly", "v", "group")))
                .containsExactly("user_group_id");
        JsonObject programs = data(clinic.key, "mutation { createOffering(input: {name: \"P\", price: \"1\", "
                + "billing_frequency: \"Weekly\", course_ids: \"12,13\"}) { offering { id } messages { field message } } }",
                null).getJsonObject("createOffering");
        assertThat(programs.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("course_ids");
        assertThat(programs.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo("Program not found");
        // nothing half-written: the refused packages are not listed
        assertThat(data(clinic.key, "{ offerings { name } }", null).getJsonArray("offerings")).hasSize(1);
    }

    @Test
    void offeringIdsIsAnIdListForVariablesAndInlineLiterals() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String a = createdId(clinic.key, "n", "A", "p", "10", "f", "Monthly");
        String b = createdId(clinic.key, "n", "B", "p", "20", "f", "Monthly");
        createdId(clinic.key, "n", "C", "p", "30", "f", "Monthly");

        JsonObject type = data(clinic.key, """
                { __type(name: "Query") { fields { name args { name type { kind ofType { name } } } } } }""", null)
                .getJsonObject("__type");
        JsonObject argument = type.getJsonArray("fields").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("offerings")).findFirst().orElseThrow().getJsonArray("args")
                .stream().map(JsonObject.class::cast).filter(x -> x.getString("name").equals("offering_ids"))
                .findFirst().orElseThrow();
        assertThat(argument.getJsonObject("type").getString("kind")).isEqualTo("LIST");
        assertThat(argument.getJsonObject("type").getJsonObject("ofType").getString("name")).isEqualTo("ID");

        String byVariable = "query($ids: [ID]) { offerings(offering_ids: $ids, sort_by: \"name_asc\") { name } }";
        assertThat(names(data(clinic.key, byVariable, vars("ids", Json.createArrayBuilder().add(a).add(b).build()))))
                .containsExactly("A", "B");
        // numbers are IDs too
        assertThat(names(data(clinic.key, byVariable, vars("ids", Json.createArrayBuilder()
                .add(Long.parseLong(a)).build())))).containsExactly("A");
        assertThat(names(data(clinic.key, byVariable, vars("ids", Json.createArrayBuilder().build())))).isEmpty();
        assertThat(names(data(clinic.key, "{ offerings(offering_ids: [\"" + a + "\", " + b
                + "], sort_by: \"name_asc\") { name } }", null))).containsExactly("A", "B");
        // a single value is coerced to a one-element list (GraphQL's input coercion)
        assertThat(names(data(clinic.key, "{ offerings(offering_ids: \"" + b + "\") { name } }", null)))
                .containsExactly("B");
        assertThat(Api.errorCode(graphql(clinic.key, "{ offerings(offering_ids: [\"x\"]) { name } }", null)))
                .isEqualTo("BAD_USER_INPUT");

        // organization(provider_ids:) is [ID] again, through the same fix
        String organization = data(clinic.key, "query($ps: [ID]) { organization(provider_ids: $ps) { id } }",
                vars("ps", Json.createArrayBuilder().add(clinic.providerId).build())).getJsonObject("organization")
                .getString("id");
        assertThat(organization).isNotBlank();
    }

    @Test
    void patientsSeeOnlyPackagesOfferedToThemAndOtherOrganizationsSeeNone() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String group = data(clinic.key, "mutation { createGroup(input: {name: \"Members\"}) { user_group { id } } }", null)
                .getJsonObject("createGroup").getJsonObject("user_group").getString("id");
        String everyone = createdId(clinic.key, "n", "Everyone", "p", "10", "f", "Weekly");
        String hidden = createdId(clinic.key, "n", "Hidden", "p", "10", "f", "Weekly", "v", "hidden");
        String grouped = createdId(clinic.key, "n", "Grouped", "p", "10", "f", "Weekly", "v", "group", "g", group);
        String archived = createdId(clinic.key, "n", "Archived", "p", "10", "f", "Weekly");
        data(clinic.key, "mutation($id: ID) { updateOffering(input: {id: $id, archived: true}) { offering { id } } }",
                vars("id", archived));

        Clinic.Patient outsider = clinic.signedInPatient(NEW_YORK);
        Clinic.Patient member = clinic.signedInPatient(NEW_YORK);
        data(clinic.key, "mutation($id: ID, $g: String) { updateClient(input: {id: $id, user_group_id: $g}) { user { id } } }",
                vars("id", member.id(), "g", group));

        String list = "{ offerings(sort_by: \"name_asc\") { name } }";
        assertThat(names(data(outsider.token(), list, null))).containsExactly("Everyone");
        assertThat(names(data(member.token(), list, null))).containsExactly("Everyone", "Grouped");
        assertThat(names(data(clinic.key, list, null))).containsExactly("Everyone", "Grouped", "Hidden");
        assertThat(names(data(clinic.key, "{ offerings(status: \"archived\") { name } }", null))).containsExactly("Archived");
        assertThat(names(data(clinic.key, "query($g: ID) { offerings(offering_user_group_id: $g) { name } }",
                vars("g", group)))).containsExactly("Grouped");
        assertThat(names(data(clinic.key, "{ offerings(show_only_visible: true) { name } }", null)))
                .containsExactly("Everyone");
        assertThat(names(data(clinic.key, "{ offerings(keywords: \"group\") { name } }", null))).containsExactly("Grouped");
        String one = "query($id: ID) { offering(id: $id) { name } }";
        assertThat(Api.errorCode(graphql(outsider.token(), one, vars("id", grouped)))).isEqualTo("NOT_FOUND");
        assertThat(Api.errorCode(graphql(outsider.token(), one, vars("id", hidden)))).isEqualTo("NOT_FOUND");
        assertThat(Api.errorCode(graphql(member.token(), one, vars("id", archived)))).isEqualTo("NOT_FOUND");
        assertThat(data(member.token(), one, vars("id", grouped)).getJsonObject("offering").getString("name"))
                .isEqualTo("Grouped");
        // patients do not manage packages
        assertThat(Api.errorCode(graphql(member.token(), "mutation($id: ID) { deleteOffering(input: {id: $id}) "
                + "{ offering { id } } }", vars("id", everyone)))).isEqualTo("FORBIDDEN");

        Clinic other = Clinic.open(NEW_YORK);
        assertThat(Api.errorCode(graphql(other.key, one, vars("id", everyone)))).isEqualTo("NOT_FOUND");
        assertThat(names(data(other.key, "query($ids: [ID]) { offerings(offering_ids: $ids) { name } }",
                vars("ids", Json.createArrayBuilder().add(everyone).add(grouped).build())))).isEmpty();
        for (String mutation : List.of("updateOffering(input: {id: $id, name: \"Stolen\"})",
                "copyOffering(input: {id: $id})", "deleteOffering(input: {id: $id})")) {
            JsonObject refused = data(other.key, "mutation($id: ID) { " + mutation + " { offering { id } messages "
                    + "{ field message } } }", vars("id", everyone)).getJsonObject(mutation.substring(0, mutation.indexOf('(')));
            assertThat(Api.refusedAsNotFound(refused)).as(mutation).isTrue();
        }
        assertThat(names(data(clinic.key, list, null))).containsExactly("Everyone", "Grouped", "Hidden");
    }

    @Test
    void aGrantGivesThePackagesCreditsOncePerPurchaseAndABookingUsesThem() {
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Coaching", 30);
        String offering = createdId(clinic.key, "n", "Three sessions", "p", "300", "f", "Monthly", "i",
                includes(type, "2", true));
        String patient = Fixtures.createClient(clinic.key, "Pack", "Age" + Api.unique(), "pack." + Api.unique()
                + "@example.org");
        String grant = """
                mutation($o: ID, $u: ID, $p: String) { grantOfferingCredits(input: {offering_id: $o, user_id: $u,
                  purchase_id: $p}) { offering_credit_grant { granted credits { appointment_type_id quantity is_repeating } }
                  messages { field message } } }""";
        JsonObject first = data(clinic.key, grant, vars("o", offering, "u", patient, "p", "purchase-1"))
                .getJsonObject("grantOfferingCredits");
        assertThat(first.isNull("messages")).as(first.toString()).isTrue();
        assertThat(first.getJsonObject("offering_credit_grant").getBoolean("granted")).isTrue();
        JsonObject credit = first.getJsonObject("offering_credit_grant").getJsonArray("credits").getJsonObject(0);
        assertThat(credit.getString("appointment_type_id")).isEqualTo(type);
        assertThat(credit.getInt("quantity")).isEqualTo(2);
        assertThat(credit.getBoolean("is_repeating")).isTrue();
        // the same purchase again grants nothing more
        assertThat(data(clinic.key, grant, vars("o", offering, "u", patient, "p", "purchase-1"))
                .getJsonObject("grantOfferingCredits").getJsonObject("offering_credit_grant").getBoolean("granted")).isFalse();

        String read = "query($id: ID) { user(id: $id) { appointment_type_credits { appointment_type_id total_credits "
                + "remaining_credits } } }";
        JsonObject credits = data(clinic.key, read, vars("id", patient)).getJsonObject("user")
                .getJsonArray("appointment_type_credits").getJsonObject(0);
        assertThat(credits.getString("appointment_type_id")).isEqualTo(type);
        assertThat(credits.getInt("total_credits")).isEqualTo(2);
        assertThat(credits.getInt("remaining_credits")).isEqualTo(2);

        LocalDate monday = SelfSchedulingIT.nextMonday();
        String date = monday.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
        String warnings = "query($t: ID, $p: ID, $d: String, $a: String) { appointmentBookingWarnings(appointment_type_id: $t, "
                + "provider_id: $p, date: $d, time: \"09 00\", attendee_ids: $a) { category potential_issue_ids } }";
        String book = """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Phone Call", datetime: $d}) { appointment { id } messages { field message } } }""";
        for (String time : new String[] {" 10:00:00", " 11:00:00"}) {
            assertThat(data(clinic.key, warnings, vars("t", type, "p", clinic.providerId, "d", date, "a", patient))
                    .getJsonArray("appointmentBookingWarnings")).as("credit left before" + time).isEmpty();
            JsonObject booked = data(clinic.key, book, vars("u", patient, "t", type, "d", monday + time))
                    .getJsonObject("createAppointment");
            assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        }
        assertThat(data(clinic.key, read, vars("id", patient)).getJsonObject("user").getJsonArray("appointment_type_credits")
                .getJsonObject(0).getInt("remaining_credits")).isZero();
        assertThat(data(clinic.key, warnings, vars("t", type, "p", clinic.providerId, "d", date, "a", patient))
                .getJsonArray("appointmentBookingWarnings").getJsonObject(0).getString("category"))
                .isEqualTo("Credit Deficits");

        // a second purchase adds to the balance
        data(clinic.key, grant, vars("o", offering, "u", patient, "p", "purchase-2"));
        assertThat(data(clinic.key, read, vars("id", patient)).getJsonObject("user").getJsonArray("appointment_type_credits")
                .getJsonObject(0).getInt("remaining_credits")).isEqualTo(2);

        // another organization's package or patient is unknown; patients do not grant
        Clinic other = Clinic.open(NEW_YORK);
        assertThat(Api.refusedAsNotFound(data(other.key, grant, vars("o", offering, "u", patient, "p", "x"))
                .getJsonObject("grantOfferingCredits"))).isTrue();
        String foreign = Fixtures.createClient(other.key, "Far", "Away" + Api.unique(), "far." + Api.unique()
                + "@example.org");
        assertThat(Api.refusedAsNotFound(data(clinic.key, grant, vars("o", offering, "u", foreign, "p", "y"))
                .getJsonObject("grantOfferingCredits"))).isTrue();
        assertThat(Api.refusedFields(data(clinic.key, grant, vars("o", offering, "u", patient, "p", "bad id!"))
                .getJsonObject("grantOfferingCredits"))).containsExactly("purchase_id");
    }

    @Test
    void buyingAPackageChargesItsPriceAndGivesItsCreditsOncePerPayment() {
        StripeStandIn.get();
        Clinic clinic = Clinic.open(NEW_YORK);
        String type = clinic.appointmentType("Physiotherapy", 30);
        String offering = createdId(clinic.key, "n", "Two sessions", "p", "120", "f", "One-Time", "i",
                includes(type, "2", false));
        String patient = Fixtures.createClient(clinic.key, "Buy", "Er" + Api.unique(), "buy." + Api.unique()
                + "@example.org");
        BillingPaymentsIT.saveCard(clinic.key, patient, "tok_visa", true);
        String buy = """
                mutation($o: ID, $u: ID, $k: String) { createBillingItem(input: {offering_id: $o, sender_id: $u,
                  should_charge: true, stripe_idempotency_key: $k}) { billingItem { id amount_paid state }
                  messages { field message } } }""";
        String key = UUID.randomUUID().toString();
        JsonObject bought = data(clinic.key, buy, vars("o", offering, "u", patient, "k", key))
                .getJsonObject("createBillingItem");
        assertThat(bought.isNull("messages")).as(bought.toString()).isTrue();
        assertThat(bought.getJsonObject("billingItem").getString("amount_paid")).as("the package's price")
                .isEqualTo("120.00");
        // the retry under the same key is the same payment, and grants nothing more
        JsonObject retried = data(clinic.key, buy, vars("o", offering, "u", patient, "k", key))
                .getJsonObject("createBillingItem");
        assertThat(retried.getJsonObject("billingItem").getString("id"))
                .isEqualTo(bought.getJsonObject("billingItem").getString("id"));
        String read = "query($id: ID) { user(id: $id) { appointment_type_credits { appointment_type_id total_credits "
                + "remaining_credits } } }";
        JsonArray credits = data(clinic.key, read, vars("id", patient)).getJsonObject("user")
                .getJsonArray("appointment_type_credits");
        assertThat(credits).hasSize(1);
        assertThat(credits.getJsonObject(0).getString("appointment_type_id")).isEqualTo(type);
        assertThat(credits.getJsonObject(0).getInt("total_credits")).isEqualTo(2);

        // a declined card buys nothing
        String unlucky = Fixtures.createClient(clinic.key, "Dec", "Lined" + Api.unique(), "declined." + Api.unique()
                + "@example.org");
        BillingPaymentsIT.saveCard(clinic.key, unlucky, "tok_chargeDeclined", true);
        JsonObject declined = data(clinic.key, buy, vars("o", offering, "u", unlucky, "k", UUID.randomUUID().toString()))
                .getJsonObject("createBillingItem");
        assertThat(declined.isNull("messages")).as("the decline is said").isFalse();
        assertThat(data(clinic.key, read, vars("id", unlucky)).getJsonObject("user")
                .getJsonArray("appointment_type_credits")).isEmpty();

        // another organization's package is not found, and nothing is recorded
        Clinic other = Clinic.open(NEW_YORK);
        String foreign = Fixtures.createClient(other.key, "Far", "Away" + Api.unique(), "away." + Api.unique()
                + "@example.org");
        JsonObject refused = data(other.key, buy, vars("o", offering, "u", foreign, "k", UUID.randomUUID().toString()))
                .getJsonObject("createBillingItem");
        assertThat(Api.refusedFields(refused)).containsExactly("offering_id");
    }

    private static List<String> names(JsonObject data) {
        return data.getJsonArray("offerings").stream().map(o -> o.asJsonObject().getString("name")).toList();
    }
}
