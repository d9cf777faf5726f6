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
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Invoices" against the live server: every example operation as printed, the Invoice object's fields, the
 * three types' rules, partial payments then full, overpaying refused, concurrent payments of one invoice, a payer
 * without an account finding their invoice by number and uuid, invoice and receipt emails in GreenMail,
 * requested_payment webhooks signed as seed 001 says, organizations and patients kept apart.
 */
class BillingInvoicesIT {

    private static final String INVOICE = """
            id price status invoice_id details currency invoice_type debt notes billing_item_id
            billing_items { id amount_paid } is_manually_paid requested_payer { id }
            recipient { id dietitian { id } } sender { id } date_to_show""";
    private static final String CREATE = """
            mutation($type: String, $recipient: ID, $price: String, $services: String, $notes: String, $date: String,
                     $offering: ID, $cms1500: ID, $preview: Boolean) {
              createRequestedPayment(input: {invoice_type: $type, recipient_id: $recipient, price: $price,
                services_provided: $services, notes: $notes, service_date: $date, offering_id: $offering,
                cms1500_id: $cms1500, is_preview: $preview}) {
                requestedPayment { %s } messages { field message } } }""".formatted(INVOICE);
    private static final String READ = "query($id: ID) { requestedPayment(id: $id) { %s } }".formatted(INVOICE);
    private static final String PAY = """
            mutation($invoice: ID, $sender: ID, $amount: String, $charge: Boolean, $card: ID, $key: String) {
              createBillingItem(input: {requested_payment_id: $invoice, sender_id: $sender, amount_paid: $amount,
                should_charge: $charge, stripe_customer_detail_id: $card, stripe_idempotency_key: $key}) {
                billingItem { id amount_paid state } messages { field message } } }""";

    private static Clinic clinic;
    private static String patient;
    private static String patientEmail;
    private static String card;

    @BeforeAll
    static void openClinic() {
        StripeStandIn.get();
        clinic = Clinic.open("America/New_York");
        patientEmail = "ivy." + Api.unique() + "@example.org";
        patient = Fixtures.createClient(clinic.key, "Ivy", "Invoiced", patientEmail);
        card = BillingPaymentsIT.saveCard(clinic.key, patient, "tok_visa", true);
    }

    static JsonObject invoice(String key, String type, String recipient, String price, String services) {
        return data(key, CREATE, vars("type", type, "recipient", recipient, "price", price, "services", services))
                .getJsonObject("createRequestedPayment");
    }

    static JsonObject created(String price) {
        JsonObject payload = invoice(clinic.key, "other", patient, price, "example description");
        assertThat(payload.get("messages")).as("createRequestedPayment messages").isEqualTo(JsonValue.NULL);
        return payload.getJsonObject("requestedPayment");
    }

    static JsonObject read(String id) {
        return data(clinic.key, READ, vars("id", id)).getJsonObject("requestedPayment");
    }

    static JsonObject pay(String invoice, String amount, boolean charge) {
        return data(clinic.key, PAY, vars("invoice", invoice, "sender", patient, "amount", amount, "charge", charge,
                "card", charge ? card : null, "key", UUID.randomUUID().toString())).getJsonObject("createBillingItem");
    }

    @Test
    void seedExamplesRunAsPrintedAndTheInvoiceObjectIsTheSeeds() {
        JsonObject offering = data(clinic.key, """
                mutation($n: String) { createOffering(input: {name: $n, price: "250", billing_frequency: "One-Time"}) {
                  offering { id } messages { field message } } }""", vars("n", "Package " + Api.unique()))
                .getJsonObject("createOffering");
        String offeringId = offering.getJsonObject("offering").getString("id");
        JsonObject created = data(clinic.key, seedExample("001-billing-invoices-createRequestedPayment.graphql"),
                vars("recipient_id", patient, "offering_id", offeringId, "price", null, "invoice_type", "offering"))
                .getJsonObject("createRequestedPayment");
        assertThat(created.get("messages")).isEqualTo(JsonValue.NULL);
        String id = created.getJsonObject("requestedPayment").getString("id");
        assertThat(read(id).getString("price")).as("the package's price by default").isEqualTo("250.00");
        assertThat(read(id).getString("details")).startsWith("Package: Package ");

        JsonArray list = data(clinic.key, seedExample("001-billing-invoices-requestedPayments.graphql"), vars(
                "offset", 0, "keywords", null, "sort_by", null, "only_unpaid", true, "sender_id", null,
                "status_filter", "Not Yet Paid", "preview", null)).getJsonArray("requestedPayments");
        assertThat(list).extracting(v -> v.asJsonObject().getString("id")).contains(id);
        JsonObject one = data(clinic.key, seedExample("001-billing-invoices-requestedPayment.graphql"), vars(
                "id", id)).getJsonObject("requestedPayment");
        assertThat(one.getJsonObject("recipient").getString("id")).isEqualTo(patient);
        assertThat(one.getJsonObject("sender").getString("id")).isEqualTo(clinic.providerId);

        JsonObject updated = data(clinic.key, seedExample("001-billing-invoices-updateRequestedPayment.graphql"),
                vars("id", id, "price", "199.5", "send_request_email", null, "resend_receipt", null))
                .getJsonObject("updateRequestedPayment");
        assertThat(updated.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(read(id).getString("price")).isEqualTo("199.50");
        JsonObject deleted = data(clinic.key, seedExample("001-billing-invoices-deleteRequestedPayment.graphql"),
                vars("id", id)).getJsonObject("deleteRequestedPayment");
        assertThat(deleted.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(graphql(clinic.key, READ, vars("id", id)).getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");

        JsonObject other = created("1234");
        assertThat(other.getString("price")).isEqualTo("1234.00");
        assertThat(other.getString("status")).isEqualTo("Not Yet Paid");
        assertThat(other.getString("invoice_id")).matches("[A-Z]{1,3}-\\d+-\\d{4}");
        assertThat(other.getString("details")).isEqualTo("Other: example description");
        assertThat(other.getString("currency")).isEqualTo("USD");
        assertThat(other.getString("invoice_type")).isEqualTo("other");
        assertThat(other.getString("debt")).as("a decimal string, never a float").isEqualTo("1234.00");
        assertThat(other.isNull("billing_item_id")).isTrue();
        assertThat(other.getJsonArray("billing_items")).isEmpty();
        assertThat(other.getBoolean("is_manually_paid")).isFalse();
        assertThat(other.getJsonObject("requested_payer").getString("id")).isEqualTo(patient);
        assertThat(other.getJsonObject("recipient")).containsKey("dietitian");
        assertThat(other.getString("date_to_show")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d -0[45]00");
        JsonObject again = created("10");
        assertThat(again.getString("invoice_id")).as("numbers are unique in the organization")
                .isNotEqualTo(other.getString("invoice_id"));
    }

    @Test
    void eachTypeKeepsItsRules() {
        JsonObject nothing = invoice(clinic.key, "other", patient, null, null);
        assertThat(nothing.getJsonArray("messages")).extracting(m -> m.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("services_provided", "price");
        JsonObject wrong = data(clinic.key, CREATE, vars("type", "offering", "recipient", patient, "date",
                "2024-01-02", "services", "x")).getJsonObject("createRequestedPayment");
        assertThat(wrong.getJsonArray("messages")).extracting(m -> m.asJsonObject().getString("field"))
                .contains("offering_id", "services_provided", "service_date");
        JsonObject unknown = data(clinic.key, CREATE, vars("type", "cms1500", "recipient", patient, "cms1500",
                "999999999")).getJsonObject("createRequestedPayment");
        assertThat(unknown.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("CMS 1500 not found");
        String humana = data(clinic.key, "{ insurancePlans(keywords: \"61101\") { id } }", null)
                .getJsonArray("insurancePlans").getJsonObject(0).getString("id");
        data(clinic.key, "mutation($p: [ID]) { createAcceptedInsurancePlan(input: {insurance_plan_ids: $p}) { "
                + "messages { field message } } }", vars("p", Json.createArrayBuilder().add(humana).build()));
        JsonObject claim = data(clinic.key, """
                mutation($u: ID, $p: ID, $h: ID) { createCms1500(input: {patient: {id: $u, location: {
                  line1: "1 Main St", city: "Springfield", state: "IL", zip: "62701"}}, dietitian: {id: $p},
                  service_location_id: "11", cms1500_policies: [{insurance_plan_id: $h, num: "A1"}],
                  icd_codes_cms1500s: [{code: "I10"}], cpt_codes_cms1500s: [{code: "99213", units: 2, fee: "40.05"}]})
                  { cms1500 { id } messages { field message } } }""", vars("u", patient, "p", clinic.providerId,
                "h", humana)).getJsonObject("createCms1500");
        assertThat(claim.get("messages")).isEqualTo(JsonValue.NULL);
        JsonObject forClaim = data(clinic.key, CREATE, vars("type", "cms1500", "cms1500",
                claim.getJsonObject("cms1500").getString("id"))).getJsonObject("createRequestedPayment");
        assertThat(forClaim.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(forClaim.getJsonObject("requestedPayment").getString("price")).as("the claim's total charge")
                .isEqualTo("80.10");
        assertThat(forClaim.getJsonObject("requestedPayment").getJsonObject("recipient").getString("id"))
                .as("the claim's patient").isEqualTo(patient);
        String other = Fixtures.createClient(clinic.key, "Oscar", "Other", "oscar." + Api.unique() + "@example.org");
        JsonObject othersClaim = data(clinic.key, """
                mutation($u: ID, $p: ID, $h: ID) { createCms1500(input: {patient: {id: $u, location: {
                  line1: "2 Main St", city: "Springfield", state: "IL", zip: "62701"}}, dietitian: {id: $p},
                  service_location_id: "11", cms1500_policies: [{insurance_plan_id: $h, num: "B2"}],
                  icd_codes_cms1500s: [{code: "I10"}], cpt_codes_cms1500s: [{code: "99213", units: 1, fee: "50"}]})
                  { cms1500 { id } messages { field message } } }""", vars("u", other, "p", clinic.providerId,
                "h", humana)).getJsonObject("createCms1500");
        assertThat(othersClaim.get("messages")).isEqualTo(JsonValue.NULL);
        String mine = created("20").getString("id");
        JsonObject retyped = data(clinic.key, """
                mutation($id: ID, $c: ID) { updateRequestedPayment(input: {id: $id, invoice_type: "cms1500",
                  cms1500_id: $c}) { requestedPayment { id } messages { field message } } }""",
                vars("id", mine, "c", othersClaim.getJsonObject("cms1500").getString("id")))
                .getJsonObject("updateRequestedPayment");
        assertThat(retyped.getJsonArray("messages")).as("another patient's claim, the invoice addressed to Ivy")
                .extracting(m -> m.asJsonObject().getString("field") + ": " + m.asJsonObject().getString("message"))
                .containsExactly("cms1500_id: is another patient's CMS 1500");
        assertThat(read(mine).getString("invoice_type")).as("nothing changed").isEqualTo("other");
        assertThat(read(mine).getJsonObject("recipient").getString("id")).isEqualTo(patient);
        JsonObject readdressed = data(clinic.key, """
                mutation($id: ID, $r: ID) { updateRequestedPayment(input: {id: $id, recipient_id: $r}) {
                  requestedPayment { id } messages { field message } } }""", vars("id",
                forClaim.getJsonObject("requestedPayment").getString("id"), "r", other))
                .getJsonObject("updateRequestedPayment");
        assertThat(readdressed.getJsonArray("messages")).as("Ivy's claim cannot be sent to Oscar")
                .extracting(m -> m.asJsonObject().getString("field") + ": " + m.asJsonObject().getString("message"))
                .containsExactly("recipient_id: is not the patient of the invoice's CMS 1500");
        assertThat(invoice(clinic.key, "other", patient, "10000000000", "x").getJsonArray("messages")
                .getJsonObject(0).getString("field")).isEqualTo("price");
        assertThat(invoice(clinic.key, "bill", patient, "1", "x").getJsonArray("messages").getJsonObject(0)
                .getString("field")).isEqualTo("invoice_type");
        JsonObject preview = data(clinic.key, CREATE, vars("type", "other", "recipient", patient, "price", "5",
                "services", "draft " + Api.unique(), "preview", true)).getJsonObject("createRequestedPayment");
        String previewId = preview.getJsonObject("requestedPayment").getString("id");
        assertThat(data(clinic.key, "{ requestedPayments { id } }", null).getJsonArray("requestedPayments"))
                .extracting(v -> v.asJsonObject().getString("id")).doesNotContain(previewId);
        assertThat(data(clinic.key, "{ requestedPayments(preview: true) { id } }", null)
                .getJsonArray("requestedPayments")).extracting(v -> v.asJsonObject().getString("id"))
                .contains(previewId);
    }

    @Test
    void partialPaymentsThenFullAndOverpayingIsRefusedWithReceipts() {
        String id = created("100.00").getString("id");
        JsonObject first = pay(id, "40", true);
        assertThat(first.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(first.getJsonObject("billingItem").getString("state")).isEqualTo("succeeded");
        JsonObject partly = read(id);
        assertThat(partly.getString("status")).isEqualTo("Partially Paid");
        assertThat(partly.getString("debt")).isEqualTo("60.00");
        assertThat(partly.getJsonArray("billing_items")).hasSize(1);
        assertThat(partly.getString("billing_item_id")).isEqualTo(first.getJsonObject("billingItem").getString("id"));

        JsonObject over = pay(id, "60.01", false);
        assertThat(over.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("amount_paid");
        assertThat(over.getJsonArray("messages").getJsonObject(0).getString("message")).contains("60.00");
        assertThat(read(id).getString("debt")).as("a refusal changes nothing").isEqualTo("60.00");

        JsonObject rest = pay(id, null, true);
        assertThat(rest.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(rest.getJsonObject("billingItem").getString("amount_paid")).as("what was still owed")
                .isEqualTo("60.00");
        JsonObject paid = read(id);
        assertThat(paid.getString("status")).isEqualTo("Paid");
        assertThat(paid.getString("debt")).isEqualTo("0.00");
        assertThat(paid.getJsonArray("billing_items")).hasSize(2);
        JsonObject more = pay(id, "1", false);
        assertThat(more.getJsonArray("messages").getJsonObject(0).getString("field"))
                .isEqualTo("requested_payment_id");

        List<MimeMessage> receipts = awaitMail(patientEmail, "Your receipt", 2);
        assertThat(receipts).extracting(BillingInvoicesIT::body).anyMatch(b -> b.contains("40.00 USD"))
                .anyMatch(b -> b.contains("Still owed on it: 0.00 USD")).noneMatch(b -> b.contains("4242"));
        JsonObject resend = data(clinic.key, """
                mutation($id: ID) { updateBillingItem(input: {id: $id, resend_receipt: true}) {
                  billingItem { id } messages { field message } } }""", vars("id",
                first.getJsonObject("billingItem").getString("id"))).getJsonObject("updateBillingItem");
        assertThat(resend.get("messages")).isEqualTo(JsonValue.NULL);
        JsonObject resendInvoice = data(clinic.key, seedExample("001-billing-invoices-updateRequestedPayment.graphql"),
                vars("id", id, "resend_receipt", true)).getJsonObject("updateRequestedPayment");
        assertThat(resendInvoice.get("messages")).isEqualTo(JsonValue.NULL);
        awaitMail(patientEmail, "Your receipt", 4);
    }

    @Test
    void concurrentPaymentsOfOneInvoiceNeverPayMoreThanIsOwed() throws Exception {
        String id = created("100.00").getString("id");
        List<JsonObject> answers = Concurrently.run(10, i -> pay(id, "15.00", false));
        long accepted = answers.stream().filter(a -> a.isNull("messages")).count();
        assertThat(accepted).as("six payments of 15.00 fit in 100.00").isEqualTo(6);
        assertThat(answers.stream().filter(a -> !a.isNull("messages")))
                .allMatch(a -> a.getJsonArray("messages").getJsonObject(0).getString("field").equals("amount_paid"));
        JsonObject after = read(id);
        assertThat(after.getString("debt")).isEqualTo("10.00");
        assertThat(after.getJsonArray("billing_items")).hasSize(6);
    }

    @Test
    void aPayerWithoutAnAccountFindsTheirInvoiceByNumberAndUuid() {
        String payerEmail = "corporate." + Api.unique() + "@example.org";
        JsonObject payload = data(clinic.key, """
                mutation($e: String) { createRequestedPayment(input: {invoice_type: "other", price: "75",
                  services_provided: "Wellness programme", requested_payer: {first_name: "Acme", last_name: "Wellness",
                  email: $e}}) { requestedPayment { id invoice_id requested_payer { id first_name email uuid } }
                  messages { field message } } }""", vars("e", payerEmail)).getJsonObject("createRequestedPayment");
        assertThat(payload.get("messages")).isEqualTo(JsonValue.NULL);
        JsonObject invoice = payload.getJsonObject("requestedPayment");
        String number = invoice.getString("invoice_id");
        String uuid = invoice.getJsonObject("requested_payer").getString("uuid");
        String lookup = seedExample("001-billing-invoices-requestedPayment.graphql");

        JsonObject found = data(null, lookup, vars("invoice_id", number, "uuid", uuid))
                .getJsonObject("requestedPayment");
        assertThat(found.isNull("id")).as("no internal id for someone without an account").isTrue();
        assertThat(found.getString("invoice_id")).isEqualTo(number);
        assertThat(found.getString("price")).isEqualTo("75.00");
        assertThat(found.isNull("recipient")).isTrue();
        assertThat(found.isNull("sender")).as("no member's id for someone without an account").isTrue();
        JsonObject minimal = data(null, "query($n: String, $u: String) { requestedPayment(invoice_id: $n, uuid: $u) "
                + "{ debt requested_payer { id email uuid first_name } billing_items { id } } }", vars("n", number,
                "u", uuid)).getJsonObject("requestedPayment");
        assertThat(minimal.getJsonObject("requested_payer").isNull("uuid")).isTrue();
        assertThat(minimal.getJsonObject("requested_payer").isNull("id")).as("the payer's sequential id").isTrue();
        assertThat(minimal.getJsonObject("requested_payer").isNull("email")).isTrue();

        for (JsonObject wrong : List.of(vars("invoice_id", number, "uuid", UUID.randomUUID().toString()),
                vars("invoice_id", number + "9", "uuid", uuid), vars("invoice_id", number, "uuid", "not-a-uuid"))) {
            assertThat(graphql(null, lookup, wrong).getJsonArray("errors").getJsonObject(0)
                    .getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        }
        assertThat(graphql(null, lookup, vars("invoice_id", number)).toString()).as("both or nothing")
                .doesNotContain("\"price\"");
        assertThat(graphql(null, lookup, vars("id", invoice.getString("id"))).toString())
                .as("by id only with a key").doesNotContain("75.00");
        String elsewhere = Fixtures.newOrganization("Elsewhere " + Api.unique());
        assertThat(graphql(elsewhere, lookup, vars("invoice_id", number, "uuid", uuid)).getJsonArray("errors")
                .getJsonObject(0).getJsonObject("extensions").getString("code"))
                .as("another organization's member").isEqualTo("NOT_FOUND");

        JsonObject byPatient = data(clinic.key, PAY, vars("invoice", invoice.getString("id"), "sender", patient,
                "amount", "75", "charge", false)).getJsonObject("createBillingItem");
        assertThat(byPatient.getJsonArray("messages").getJsonObject(0).getString("field"))
                .as("no patient pays a payer's invoice").isEqualTo("requested_payment_id");
        JsonObject marked = data(clinic.key, """
                mutation($id: ID) { updateRequestedPayment(input: {id: $id, status: "manually paid"}) {
                  requestedPayment { status debt is_manually_paid } messages { field message } } }""",
                vars("id", invoice.getString("id"))).getJsonObject("updateRequestedPayment");
        assertThat(marked.getJsonObject("requestedPayment").getString("status")).isEqualTo("Manually Paid");
        assertThat(data(null, lookup, vars("invoice_id", number, "uuid", uuid)).getJsonObject("requestedPayment")
                .getString("status")).isEqualTo("Manually Paid");

        MimeMessage sent = awaitMail(payerEmail, "Invoice " + number, 1).get(0);
        assertThat(body(sent)).contains("75.00 USD", "Wellness programme", "Acme Wellness");
        JsonObject again = data(clinic.key, seedExample("001-billing-invoices-updateRequestedPayment.graphql"),
                vars("id", invoice.getString("id"), "send_request_email", true)).getJsonObject("updateRequestedPayment");
        assertThat(again.get("messages")).isEqualTo(JsonValue.NULL);
        awaitMail(payerEmail, "Invoice " + number, 2);
    }

    @Test
    void requestedPaymentEventsReachHealthieWebhooksSignedAsSeed001() throws Exception {
        Clinic own = Clinic.open("UTC");
        String payer = Fixtures.createClient(own.key, "Webb", "Invoice", "webb.i." + Api.unique() + "@example.org");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String path = "/invoices/" + Api.unique();
            JsonObject webhook = WebhooksIT.subscribe(own.key, receiver.url(path),
                    List.of("requested_payment.created", "requested_payment.updated"), null, null);
            String id = invoice(own.key, "other", payer, "20", "Consult").getJsonObject("requestedPayment")
                    .getString("id");
            JsonObject paid = data(own.key, PAY, vars("invoice", id, "sender", payer, "amount", "5", "charge", false))
                    .getJsonObject("createBillingItem");
            assertThat(paid.get("messages")).isEqualTo(JsonValue.NULL);
            List<Received> received = receiver.await(path, 2, Duration.ofSeconds(30));
            for (Received delivery : received) {
                WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
            }
            assertThat(received).extracting(Received::body).contains("{\"resource_id\":" + id
                    + ",\"resource_id_type\":\"RequestedPayment\",\"event_type\":\"requested_payment.created\"}");
            assertThat(received).extracting(Received::body).anyMatch(b -> b.contains("requested_payment.updated"));
        }
    }

    @Test
    void anotherOrganizationsInvoicesAreNotFoundAndPatientsSeeOnlyTheirOwn() {
        String id = created("30").getString("id");
        String other = Fixtures.newOrganization("Elsewhere " + Api.unique());
        assertThat(graphql(other, READ, vars("id", id)).getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        JsonObject update = data(other, seedExample("001-billing-invoices-updateRequestedPayment.graphql"),
                vars("id", id, "price", "1")).getJsonObject("updateRequestedPayment");
        assertThat(update.getJsonArray("messages").getJsonObject(0).getString("message")).contains("not found");
        String foreignPatient = Fixtures.createClient(other, "Far", "Away", "far." + Api.unique() + "@example.org");
        JsonObject foreignPay = data(other, PAY, vars("invoice", id, "sender", foreignPatient, "amount", "1",
                "charge", false)).getJsonObject("createBillingItem");
        assertThat(foreignPay.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Requested payment not found");
        assertThat(data(other, "{ requestedPayments { id } }", null).getJsonArray("requestedPayments"))
                .extracting(v -> v.asJsonObject().getString("id")).doesNotContain(id);
        JsonObject wrongPayer = data(clinic.key, PAY, vars("invoice", id, "sender", Fixtures.createClient(clinic.key,
                "Not", "Invoiced", "not." + Api.unique() + "@example.org"), "amount", "1", "charge", false))
                .getJsonObject("createBillingItem");
        assertThat(wrongPayer.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("sender_id");

        String email = "own." + Api.unique() + "@example.org";
        String ownId = data(null, """
                mutation($e: String, $p: String, $d: String) { signUp(input: {first_name: "Pat", last_name: "Own",
                  email: $e, password: $p, role: "patient", dietitian_id: $d}) { user { id } } }""",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", clinic.providerId)).getJsonObject("signUp")
                .getJsonObject("user").getString("id");
        String session = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) "
                + "{ token } }", vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn")
                .getString("token");
        String mine = invoice(clinic.key, "other", ownId, "12", "Mine").getJsonObject("requestedPayment")
                .getString("id");
        assertThat(data(session, "{ requestedPayments { id } }", null).getJsonArray("requestedPayments"))
                .extracting(v -> v.asJsonObject().getString("id")).containsExactly(mine);
        assertThat(data(session, READ, vars("id", mine)).getJsonObject("requestedPayment").getString("price"))
                .isEqualTo("12.00");
        assertThat(graphql(session, READ, vars("id", id)).getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code")).as("another patient's").isEqualTo("NOT_FOUND");
        assertThat(graphql(session, CREATE, vars("type", "other", "recipient", ownId, "price", "1", "services", "x"))
                .toString()).as("patients do not invoice").contains("FORBIDDEN");
    }

    static List<MimeMessage> awaitMail(String address, String subjectStart, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && mailStarting(address, subjectStart).size() < count) {
            WebhooksIT.sleep(200);
        }
        List<MimeMessage> found = mailStarting(address, subjectStart);
        assertThat(found).as("mail to " + address + " about " + subjectStart).hasSize(count);
        return found;
    }

    private static List<MimeMessage> mailStarting(String address, String subjectStart) {
        return OutreachIT.mailTo(address).stream().filter(m -> OutreachIT.subject(m).startsWith(subjectStart))
                .toList();
    }

    static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
