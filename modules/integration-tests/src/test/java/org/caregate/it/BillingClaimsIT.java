package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.caregate.it.matrix.Kind;
import org.caregate.it.matrix.Tenant;
import org.caregate.it.matrix.Tenant.Role;
import org.caregate.it.webhooks.WebhookReceiver;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 "Insurance"/"Policies", "Superbills" and "CMS1500s" against the live server (issue 15, claims): every
 * example operation as printed (createSuperBill and updateSuperBill repaired: their code-line variables lack the
 * {@code $}), exact totals as strings with their scale, bad codes and amounts refused in {@code messages} with nothing
 * written, a patient seeing only their own superbills, another organization's claims not found, and the CMS 1500
 * webhooks signed as seed 001 says.
 */
class BillingClaimsIT {

    private static final String SUPER_BILL = """
            query($id: ID) { superBill(id: $id) { id amount_paid balance_due total_fee status currency provider_name
              patient_dob service_date appointment_id patient { id } provider { id }
              icd_codes_super_bills { id code description } cpt_codes_super_bills { id code modifier units fee total }
              receipt_line_items { id description amount date } } }""";
    private static final String CREATE_WITH_APPOINTMENT = """
            mutation($p: ID, $d: ID, $a: ID) { createSuperBill(input: {patient_id: $p, patient_dob: "1980-01-02",
              dietetitian_id: $d, provider_name: "Dr Who", service_date: "2031-03-04", appointment_id: $a}) {
              superBill { id appointment_id } messages { field message } } }""";

    static Tenant clinic;
    static String other;
    static WebhookReceiver receiver;

    @BeforeAll
    static void open() {
        clinic = Tenant.open("claims");
        other = Fixtures.newOrganization("Other clinic " + Api.unique());
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void close() {
        receiver.close();
    }

    private static String plan(String payerName) {
        JsonArray plans = data(clinic.owner(), seedExample("001-claims-insurancePlans.graphql"),
                vars("keywords", payerName)).getJsonArray("insurancePlans");
        assertThat(plans).hasSize(1);
        return plans.getJsonObject(0).getString("id");
    }

    @Test
    void insurancePlansAreTheCatalogueAndTheOrganizationChoosesWhichItAccepts() {
        JsonArray all = data(clinic.owner(), seedExample("001-claims-insurancePlans.graphql"), vars("sort_by",
                "payer_id")).getJsonArray("insurancePlans");
        assertThat(all.stream().map(p -> p.asJsonObject().getString("name_and_id")))
                .contains("Aetna - 60054", "Cigna - 62308", "UnitedHealthcare - 87726", "Humana - 61101");
        String aetna = plan("aetna");
        String cigna = plan("62308");
        JsonObject accepted = data(clinic.owner(), seedExample("001-claims-createAcceptedInsurancePlan.graphql"),
                vars("insurance_plan_ids", List.of(aetna, cigna))).getJsonObject("createAcceptedInsurancePlan");
        assertThat(accepted.isNull("messages")).as(accepted.toString()).isTrue();
        JsonArray rows = accepted.getJsonArray("accepted_insurance_plans");
        assertThat(rows.stream().map(r -> r.asJsonObject().getJsonObject("insurance_plan").getString("id")))
                .containsExactlyInAnyOrder(aetna, cigna);
        JsonArray acceptedNow = data(clinic.owner(), "{ insurancePlans(is_accepted: true) { id is_accepted } }", null)
                .getJsonArray("insurancePlans");
        assertThat(acceptedNow.stream().map(p -> p.asJsonObject().getString("id"))).contains(aetna, cigna);
        assertThat(data(other, "{ insurancePlans(is_accepted: true) { id } }", null).getJsonArray("insurancePlans")
                .stream().map(p -> p.asJsonObject().getString("id"))).doesNotContain(aetna, cigna);

        String cignaRow = rows.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonObject("insurance_plan").getString("id").equals(cigna)).findFirst()
                .orElseThrow().getString("id");
        JsonObject foreign = data(other, seedExample("001-claims-deleteAcceptedInsurancePlan.graphql"),
                vars("id", cignaRow)).getJsonObject("deleteAcceptedInsurancePlan");
        assertThat(foreign.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Accepted insurance plan not found");
        JsonObject removed = data(clinic.owner(), seedExample("001-claims-deleteAcceptedInsurancePlan.graphql"),
                vars("id", cignaRow)).getJsonObject("deleteAcceptedInsurancePlan");
        assertThat(removed.getJsonObject("accepted_insurance_plan").getJsonObject("insurance_plan").getString("id"))
                .isEqualTo(cigna);
        assertThat(data(clinic.owner(), "query($ids: String) { insurancePlans(ids: $ids) { id is_accepted } }",
                vars("ids", aetna + "," + cigna)).getJsonArray("insurancePlans").stream()
                .map(p -> p.asJsonObject().getString("id") + ":" + p.asJsonObject().getBoolean("is_accepted")))
                .containsExactlyInAnyOrder(aetna + ":true", cigna + ":false");
        JsonObject unknown = data(clinic.owner(), seedExample("001-claims-createAcceptedInsurancePlan.graphql"),
                vars("insurance_plan_ids", List.of("987654321"))).getJsonObject("createAcceptedInsurancePlan");
        assertThat(Api.refusedFields(unknown)).containsExactly("insurance_plan_ids");
    }

    @Test
    void superbillsFromTheSeedsExamplesAddUpExactly() {
        String patient = clinic.object(Kind.PATIENT);
        String provider = clinic.object(Kind.PROVIDER);
        JsonObject created = data(clinic.owner(), seedExample("001-claims-createSuperBill.graphql"), vars(
                "patient_id", patient, "patient_dob", "1980-01-02", "dietetitian_id", provider,
                "provider_name", "Dr Provider", "service_date", "2031-03-04", "amount_paid", "50",
                "icd_codes_super_bills", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "E11.9"))
                        .add(Json.createObjectBuilder().add("code", "z713")).build(),
                "cpt_codes_super_bills", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "97802").add("units", 2).add("fee", "60"))
                        .add(Json.createObjectBuilder().add("code", "99213").add("fee", "0.10").add("modifier", "25"))
                        .build(),
                "receipt_line_items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "Copay").add("amount", "50.00").add("date", "2031-03-04")).build()))
                .getJsonObject("createSuperBill");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("superBill").getString("id");

        JsonObject read = data(clinic.owner(), seedExample("001-claims-superBill.graphql"), vars("id", id))
                .getJsonObject("superBill");
        assertThat(read.getString("name")).isEqualTo("Superbill 2031-03-04");
        assertThat(read.getJsonObject("patient").getString("id")).isEqualTo(patient);
        JsonObject full = data(clinic.owner(), SUPER_BILL, vars("id", id)).getJsonObject("superBill");
        assertThat(full.getString("total_fee")).isEqualTo("120.10");
        assertThat(full.getString("amount_paid")).isEqualTo("50.00");
        assertThat(full.getString("balance_due")).isEqualTo("70.10");
        assertThat(full.getString("status")).isEqualTo("Partially Paid");
        assertThat(full.getString("currency")).isEqualTo("USD");
        assertThat(full.getJsonObject("provider").getString("id")).isEqualTo(provider);
        assertThat(full.getJsonArray("icd_codes_super_bills").toString())
                .contains("\"code\":\"E11.9\"", "Type 2 diabetes mellitus without complications", "\"code\":\"Z71.3\"");
        assertThat(full.getJsonArray("cpt_codes_super_bills").getJsonObject(0).toString())
                .isEqualTo("{\"id\":\"1\",\"code\":\"97802\",\"modifier\":null,\"units\":2,\"fee\":\"60.00\","
                        + "\"total\":\"120.00\"}");
        assertThat(full.getJsonArray("receipt_line_items").getJsonObject(0).getString("amount")).isEqualTo("50.00");

        JsonArray listed = data(clinic.owner(), seedExample("001-claims-superBills.graphql"), vars("client_id",
                patient, "provider_id", provider, "status", "Partially Paid", "keywords", "partially",
                "sort_by", "service_date_desc")).getJsonArray("superBills");
        assertThat(listed.stream().map(s -> s.asJsonObject().getString("id"))).contains(id);

        JsonObject updated = data(clinic.owner(), seedExample("001-claims-updateSuperBill.graphql"), vars("id", id,
                "amount_paid", "120.1", "should_email_to_client", false)).getJsonObject("updateSuperBill");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        JsonObject paid = data(clinic.owner(), SUPER_BILL, vars("id", id)).getJsonObject("superBill");
        assertThat(paid.getString("status")).isEqualTo("Paid");
        assertThat(paid.getString("balance_due")).isEqualTo("0.00");
        assertThat(paid.getJsonArray("cpt_codes_super_bills")).hasSize(2);

        JsonObject deleted = data(clinic.owner(), seedExample("001-claims-deleteSuperBill.graphql"), vars("id", id))
                .getJsonObject("deleteSuperBill");
        assertThat(deleted.getJsonObject("superBill").getString("id")).isEqualTo(id);
        assertThat(Api.errorCode(graphql(clinic.owner(), SUPER_BILL, vars("id", id)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void badCodesAndAmountsAreRefusedInMessagesAndNothingIsWritten() {
        String patient = clinic.object(Kind.PATIENT);
        String provider = clinic.object(Kind.PROVIDER);
        int before = superBillsOf(patient).size();
        JsonObject refused = data(clinic.owner(), seedExample("001-claims-createSuperBill.graphql"), vars(
                "patient_id", patient, "patient_dob", "1980-01-02", "dietetitian_id", provider,
                "provider_name", "Dr Provider", "service_date", "2031-03-04", "amount_paid", "99999999999.00",
                "status", "Gone",
                "icd_codes_super_bills", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "Q99.999"))
                        .build(),
                "cpt_codes_super_bills", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "9921X").add("fee", "10"))
                        .add(Json.createObjectBuilder().add("code", "99213").add("fee", "12.345"))
                        .add(Json.createObjectBuilder().add("code", "99213").add("fee", "1").add("units", 1000))
                        .build())).getJsonObject("createSuperBill");
        assertThat(refused.isNull("superBill")).isTrue();
        assertThat(Api.refusedFields(refused)).containsExactlyInAnyOrder("status", "icd_codes_super_bills",
                "cpt_codes_super_bills", "cpt_codes_super_bills", "cpt_codes_super_bills", "amount_paid");
        assertThat(superBillsOf(patient)).hasSize(before);

        JsonObject created = data(clinic.owner(), CREATE_WITH_APPOINTMENT, vars("p", patient, "d", provider, "a",
                clinic.object(Kind.APPOINTMENT))).getJsonObject("createSuperBill");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("superBill").getString("id");
        assertThat(created.getJsonObject("superBill").getString("appointment_id"))
                .isEqualTo(clinic.object(Kind.APPOINTMENT));
        JsonObject badUpdate = data(clinic.owner(), seedExample("001-claims-updateSuperBill.graphql"), vars("id", id,
                "provider_name", "Renamed", "cpt_codes_super_bills", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("code", "99213").add("fee", "-1")).build()))
                .getJsonObject("updateSuperBill");
        assertThat(Api.refusedFields(badUpdate)).containsExactly("cpt_codes_super_bills");
        JsonObject unchanged = data(clinic.owner(), SUPER_BILL, vars("id", id)).getJsonObject("superBill");
        assertThat(unchanged.getString("provider_name")).isEqualTo("Dr Who");
        assertThat(unchanged.getJsonArray("cpt_codes_super_bills")).isEmpty();

        String stranger = Fixtures.createClient(clinic.owner(), "Sam", "Stranger" + clinic.marker,
                clinic.email("stranger"));
        JsonObject notTheirs = data(clinic.owner(), CREATE_WITH_APPOINTMENT, vars("p", stranger, "d", provider, "a",
                clinic.object(Kind.APPOINTMENT))).getJsonObject("createSuperBill");
        assertThat(Api.refusedFields(notTheirs)).containsExactly("appointment_id");
        assertThat(superBillsOf(stranger)).isEmpty();
    }

    @Test
    void aPatientSeesOnlyTheirOwnSuperbillsAndAnotherOrganizationNone() {
        String provider = clinic.object(Kind.PROVIDER);
        String self = clinic.userId(Role.PATIENT_SESSION);
        String theirs = createdSuperBill(self, provider);
        String someoneElses = createdSuperBill(clinic.object(Kind.PATIENT), provider);
        String patientKey = clinic.key(Role.PATIENT_KEY);

        JsonArray own = data(patientKey, seedExample("001-claims-superBills.graphql"), vars())
                .getJsonArray("superBills");
        assertThat(own.stream().map(s -> s.asJsonObject().getString("id"))).contains(theirs)
                .doesNotContain(someoneElses);
        assertThat(data(patientKey, seedExample("001-claims-superBills.graphql"), vars("client_id",
                clinic.object(Kind.PATIENT))).getJsonArray("superBills")).isEmpty();
        assertThat(data(patientKey, SUPER_BILL, vars("id", theirs)).getJsonObject("superBill").getString("total_fee"))
                .isEqualTo("0.00");
        assertThat(Api.errorCode(graphql(patientKey, SUPER_BILL, vars("id", someoneElses)))).isEqualTo("NOT_FOUND");
        assertThat(Api.errorCode(graphql(patientKey, seedExample("001-claims-cms1500s.graphql"), vars())))
                .isEqualTo("FORBIDDEN");

        assertThat(Api.errorCode(graphql(other, SUPER_BILL, vars("id", theirs)))).isEqualTo("NOT_FOUND");
        assertThat(Api.errorCode(graphql(other, SUPER_BILL, vars("id", "987654321")))).isEqualTo("NOT_FOUND");
        assertThat(data(other, seedExample("001-claims-superBills.graphql"), vars()).getJsonArray("superBills"))
                .isEmpty();
        JsonObject foreignUpdate = data(other, seedExample("001-claims-updateSuperBill.graphql"), vars("id", theirs,
                "amount_paid", "1")).getJsonObject("updateSuperBill");
        assertThat(Api.refusedAsNotFound(foreignUpdate)).isTrue();
        JsonObject foreignDelete = data(other, seedExample("001-claims-deleteSuperBill.graphql"), vars("id", theirs))
                .getJsonObject("deleteSuperBill");
        assertThat(Api.refusedAsNotFound(foreignDelete)).isTrue();
        JsonObject foreignPatient = data(other, seedExample("001-claims-createSuperBill.graphql"), vars(
                "patient_id", self, "patient_dob", "1980-01-02", "dietetitian_id", Fixtures.currentUserId(other),
                "provider_name", "Dr Other", "service_date", "2031-03-04")).getJsonObject("createSuperBill");
        assertThat(foreignPatient.getJsonArray("messages").toString()).contains("Patient not found");
        assertThat(data(patientKey, SUPER_BILL, vars("id", theirs)).getJsonObject("superBill").getString("amount_paid"))
                .isEqualTo("0.00");
    }

    @Test
    void cms1500sFromTheSeedsExamplesRaiseSignedWebhooks() throws Exception {
        String path = "/claims/" + Api.unique();
        JsonObject webhook = WebhooksIT.subscribe(clinic.owner(), receiver.url(path), List.of("cms1500.created",
                "cms1500.updated", "cms1500.deleted"), null, null);
        String patient = clinic.object(Kind.PATIENT);
        String provider = clinic.object(Kind.PROVIDER);
        String aetna = plan("Aetna");
        JsonObject created = data(clinic.owner(), seedExample("001-claims-createCms1500.graphql"), vars(
                "patient", Json.createObjectBuilder().add("id", patient).add("dob", "1980-01-02").add("gender", "F")
                        .add("location", Json.createObjectBuilder().add("line1", "1 Main St").add("city", "Springfield")
                                .add("state", "IL").add("zip", "62701").add("country", "US")).build(),
                "dietitian", Json.createObjectBuilder().add("id", provider).add("npi", "1234567893").build(),
                "service_location_id", "11", "amount_paid", "10",
                "cms1500_policies", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("insurance_plan_id", aetna).add("priority_type", "Primary").add("num", "M-1")).build(),
                "icd_codes_cms1500s", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "I10"))
                        .build(),
                "cpt_codes_cms1500s", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "99213")
                        .add("units", 1).add("fee", "100")).build(),
                "client_sig_on_file", true)).getJsonObject("createCms1500");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("cms1500").getString("id");

        JsonObject read = data(clinic.owner(), seedExample("001-claims-cms1500.graphql"), vars("id", id))
                .getJsonObject("cms1500");
        assertThat(read.getJsonObject("patient").getString("id")).isEqualTo(patient);
        JsonObject amounts = data(clinic.owner(), """
                query($id: ID) { cms1500(id: $id) { amount_paid amount_reimbursed total_fee balance_due status
                  cms1500_policies { insurance_plan { payer_id } priority_type num } } }""", vars("id", id))
                .getJsonObject("cms1500");
        assertThat(amounts.getString("amount_paid")).isEqualTo("10.00");
        assertThat(amounts.getString("total_fee")).isEqualTo("100.00");
        assertThat(amounts.getString("balance_due")).isEqualTo("90.00");
        assertThat(amounts.getString("status")).isEqualTo("Partially Paid");
        assertThat(amounts.getJsonArray("cms1500_policies").getJsonObject(0).getJsonObject("insurance_plan")
                .getString("payer_id")).isEqualTo("60054");
        assertThat(data(clinic.owner(), seedExample("001-claims-cms1500s.graphql"), vars("client_id", patient,
                "keywords", "aetna")).getJsonArray("cms1500s").stream().map(c -> c.asJsonObject().getString("id")))
                .contains(id);

        JsonObject badCodes = data(clinic.owner(), seedExample("001-claims-updateCms1500.graphql"), vars("id", id,
                "icd_codes_cms1500s", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "X"))
                        .build(), "dietitian", Json.createObjectBuilder().add("npi", "1234567890").build()))
                .getJsonObject("updateCms1500");
        assertThat(Api.refusedFields(badCodes)).containsExactlyInAnyOrder("icd_codes_cms1500s", "dietitian");
        JsonObject updated = data(clinic.owner(), seedExample("001-claims-updateCms1500.graphql"), vars("id", id,
                "amount_paid", "100.00")).getJsonObject("updateCms1500");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(data(clinic.owner(), "query($id: ID) { cms1500(id: $id) { status icd_codes_cms1500s { code } } }",
                vars("id", id)).getJsonObject("cms1500").toString())
                .isEqualTo("{\"status\":\"Paid\",\"icd_codes_cms1500s\":[{\"code\":\"I10\"}]}");

        assertThat(Api.errorCode(graphql(other, seedExample("001-claims-cms1500.graphql"), vars("id", id))))
                .isEqualTo("NOT_FOUND");
        assertThat(Api.refusedAsNotFound(data(other, seedExample("001-claims-deleteCms1500.graphql"), vars("id", id))
                .getJsonObject("deleteCms1500"))).isTrue();
        JsonObject deleted = data(clinic.owner(), seedExample("001-claims-deleteCms1500.graphql"), vars("id", id))
                .getJsonObject("deleteCms1500");
        assertThat(deleted.getJsonObject("cms1500").getString("id")).isEqualTo(id);

        List<Received> received = receiver.await(path, 3, Duration.ofSeconds(30));
        for (Received delivery : received) {
            WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
        }
        assertThat(received).extracting(Received::body).containsExactlyInAnyOrder(
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"Cms1500\",\"event_type\":\"cms1500.created\"}",
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"Cms1500\",\"event_type\":\"cms1500.updated\","
                        + "\"changed_fields\":[\"amount_paid\",\"balance_due\",\"status\"]}",
                "{\"resource_id\":" + id + ",\"resource_id_type\":\"Cms1500\",\"event_type\":\"cms1500.deleted\"}");
    }

    @Test
    void aCms1500NeedsItsPatientsAddressAPolicyListAndKnownPlans() {
        JsonObject refused = data(clinic.owner(), seedExample("001-claims-createCms1500.graphql"), vars(
                "patient", Json.createObjectBuilder().add("id", clinic.object(Kind.PATIENT)).build(),
                "dietitian", Json.createObjectBuilder().add("id", clinic.object(Kind.PROVIDER)).build(),
                "cms1500_policies", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("insurance_plan_id", "987654321")).build())).getJsonObject("createCms1500");
        assertThat(Api.refusedFields(refused)).containsExactlyInAnyOrder("patient", "service_location_id",
                "cms1500_policies");
        assertThat(data(clinic.owner(), seedExample("001-claims-cms1500s.graphql"), vars("client_id",
                clinic.object(Kind.PATIENT), "keywords", "987654321")).getJsonArray("cms1500s")).isEmpty();
    }

    private static String createdSuperBill(String patient, String provider) {
        JsonObject created = data(clinic.owner(), seedExample("001-claims-createSuperBill.graphql"), vars(
                "patient_id", patient, "patient_dob", "1980-01-02", "dietetitian_id", provider,
                "provider_name", "Dr Provider", "service_date", "2031-03-05")).getJsonObject("createSuperBill");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("superBill").getString("id");
    }

    private static JsonArray superBillsOf(String patient) {
        return data(clinic.owner(), seedExample("001-claims-superBills.graphql"), vars("client_id", patient))
                .getJsonArray("superBills");
    }
}
