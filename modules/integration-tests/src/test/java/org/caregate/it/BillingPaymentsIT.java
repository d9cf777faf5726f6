package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Payment Processing" and "Billing Items" against the live server and {@link StripeStandIn}: every example
 * operation as printed (billingItems repaired as docs/billing.md says), idempotency under 32 concurrent retries, a
 * decline's reason, refunds bounded under concurrency, a charge whose answer was lost settled by the reconciler under
 * the same key, billing_item webhooks signed as seed 001 says, organizations and patients kept apart.
 */
class BillingPaymentsIT {

    private static final String CREATE = """
            mutation($amount: String, $sender: ID, $card: ID, $key: String, $charge: Boolean, $note: String) {
              createBillingItem(input: {amount_paid: $amount, sender_id: $sender, stripe_customer_detail_id: $card,
                stripe_idempotency_key: $key, should_charge: $charge, note: $note}) {
                billingItem { id amount_paid currency state failure_reason amount_refunded }
                messages { field message } } }""";
    private static final String UPDATE = """
            mutation($id: ID, $refund: String, $resend: Boolean, $key: String, $paused: Boolean) {
              updateBillingItem(input: {id: $id, chosen_refund_amount: $refund, resend_payment: $resend,
                stripe_idempotency_key: $key, is_paused: $paused}) {
                billingItem { id amount_paid state failure_reason amount_refunded }
                messages { field message } } }""";
    private static final String READ = """
            query($id: ID) { billingItem(id: $id) { id amount_paid currency state failure_reason amount_refunded
              sender { id } recipient { id } stripe_customer_detail { id last_four card_issuer } } }""";

    private static StripeStandIn stripe;
    private static Clinic clinic;
    private static String patient;
    private static String card;

    @BeforeAll
    static void openClinic() {
        stripe = StripeStandIn.get();
        clinic = Clinic.open("UTC");
        patient = Fixtures.createClient(clinic.key, "Paula", "Payer", "paula." + Api.unique() + "@example.org");
        card = saveCard(clinic.key, patient, "tok_visa", true);
    }

    static String saveCard(String key, String user, String token, Boolean isDefault) {
        JsonObject payload = data(key, seedExample("001-payments-createStripeCustomerDetail.graphql"),
                vars("token", token, "card_type_label", "personal", "user_id", user, "is_default", isDefault))
                .getJsonObject("createStripeCustomerDetail");
        assertThat(payload.get("messages")).as("createStripeCustomerDetail messages").isEqualTo(JsonValue.NULL);
        return payload.getJsonObject("stripe_customer_detail").getString("id");
    }

    static JsonObject create(String key, String amount, String sender, String cardId, String idempotencyKey) {
        return data(key, CREATE, vars("amount", amount, "sender", sender, "card", cardId, "key", idempotencyKey,
                "charge", true)).getJsonObject("createBillingItem");
    }

    static JsonObject charged(String amount) {
        JsonObject payload = create(clinic.key, amount, patient, card, UUID.randomUUID().toString());
        assertThat(payload.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(payload.getJsonObject("billingItem").getString("state")).isEqualTo("succeeded");
        return payload.getJsonObject("billingItem");
    }

    @Test
    void seedExamplesRunAsPrinted() {
        String key = UUID.randomUUID().toString();
        JsonObject created = data(clinic.key, seedExample("001-payments-createBillingItem.graphql"), vars(
                "amount_paid", "567.53", "sender_id", patient, "requested_payment_id", null,
                "stripe_idempotency_key", key, "stripe_customer_detail_id", card, "should_charge", true))
                .getJsonObject("createBillingItem");
        assertThat(created.get("messages")).isEqualTo(JsonValue.NULL);
        String id = created.getJsonObject("billingItem").getString("id");
        assertThat(stripe.chargesWithKey(key))
                .as("the client's key reached Stripe as Idempotency-Key (prefixed with the organization on the shared account)")
                .isEqualTo(1);

        JsonObject again = data(clinic.key, seedExample("001-billing-items-createBillingItem.graphql"), vars(
                "amount_paid", "20", "sender_id", patient, "should_charge", false)).getJsonObject("createBillingItem");
        assertThat(again.get("messages")).as("an outside payment").isEqualTo(JsonValue.NULL);

        JsonObject item = data(clinic.key, seedExample("001-billing-items-billingItem.graphql"), vars("id", id))
                .getJsonObject("billingItem");
        assertThat(item.getString("amount_paid")).isEqualTo("567.53");
        assertThat(item.getString("currency")).isEqualTo("USD");
        assertThat(item.isNull("failure_reason")).isTrue();
        assertThat(item.getJsonObject("sender").getString("id")).isEqualTo(patient);
        assertThat(item.getJsonObject("recipient").getString("id")).as("the member who charged")
                .isEqualTo(clinic.providerId);
        assertThat(data(clinic.key, seedExample("001-billing-items-billingItem.graphql"), vars("id",
                again.getJsonObject("billingItem").getString("id"))).getJsonObject("billingItem")
                .getString("amount_paid")).as("\"20\" is kept with its scale").isEqualTo("20.00");

        JsonArray list = data(clinic.key, seedExample("001-billing-items-billingItems.graphql"), vars("offset", 0,
                "keywords", "567.53", "sort_by", null, "state", null, "provider_id", null, "offerings_only", null))
                .getJsonArray("billingItems");
        assertThat(list).extracting(v -> v.asJsonObject().getString("id")).contains(id);

        JsonObject updated = data(clinic.key, seedExample("001-billing-items-updateBillingItem.graphql"), vars(
                "id", id, "amount_paid", "567.53", "sender_id", patient, "stripe_idempotency_key", null,
                "resend_payment", null)).getJsonObject("updateBillingItem");
        assertThat(updated.get("messages")).isEqualTo(JsonValue.NULL);
        JsonObject refused = data(clinic.key, seedExample("001-billing-items-updateBillingItem.graphql"), vars(
                "id", id, "amount_paid", "500.00", "sender_id", patient, "stripe_idempotency_key", null,
                "resend_payment", null)).getJsonObject("updateBillingItem");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("amount_paid");

        JsonObject deleted = data(clinic.key, seedExample("001-billing-items-deleteBillingItem.graphql"),
                vars("id", id)).getJsonObject("deleteBillingItem");
        assertThat(deleted.get("messages")).isEqualTo(JsonValue.NULL);
        assertThat(data(clinic.key, seedExample("001-billing-items-billingItems.graphql"), vars("keywords", "567.53"))
                .getJsonArray("billingItems")).extracting(v -> v.asJsonObject().getString("id")).doesNotContain(id);

        JsonObject cards = data(clinic.key, "query($id: ID) { user(id: $id) { stripe_customer_details { id "
                + "card_type_label is_default last_four card_issuer } } }", vars("id", patient)).getJsonObject("user");
        assertThat(cards.getJsonArray("stripe_customer_details").getJsonObject(0).getString("last_four"))
                .isEqualTo("4242");
    }

    @Test
    void oneKeyChargesOnceUnder32ConcurrentRetriesAndAnotherAmountIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        List<JsonObject> answers = Concurrently.run(32, i -> create(clinic.key, "49.99", patient, card, key));
        Set<String> ids = new HashSet<>();
        for (JsonObject answer : answers) {
            assertThat(answer.get("messages")).isEqualTo(JsonValue.NULL);
            ids.add(answer.getJsonObject("billingItem").getString("id"));
            assertThat(answer.getJsonObject("billingItem").getString("state")).isEqualTo("succeeded");
        }
        assertThat(ids).as("one billing item").hasSize(1);
        assertThat(stripe.chargesWithKey(key)).as("one charge at Stripe").isEqualTo(1);

        JsonObject other = create(clinic.key, "50.00", patient, card, key);
        assertThat(other.isNull("billingItem")).isTrue();
        assertThat(other.getJsonArray("messages").getJsonObject(0).getString("field"))
                .isEqualTo("stripe_idempotency_key");
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
    }

    @Test
    void aDeclineAnswersTheIssuersReasonAndKeepsItAsTheFailureReason() {
        String declining = saveCard(clinic.key, patient, "tok_chargeDeclinedInsufficientFunds", false);
        JsonObject payload = create(clinic.key, "80.00", patient, declining, UUID.randomUUID().toString());
        assertThat(payload.getJsonArray("messages").getJsonObject(0).getString("message"))
                .contains("insufficient funds");
        JsonObject item = payload.getJsonObject("billingItem");
        assertThat(item.getString("state")).isEqualTo("failed");
        assertThat(item.getString("failure_reason")).isEqualTo("Your card has insufficient funds.");

        String retryKey = UUID.randomUUID().toString();
        JsonObject resent = data(clinic.key, UPDATE, vars("id", item.getString("id"), "resend", true, "key", retryKey))
                .getJsonObject("updateBillingItem");
        assertThat(stripe.chargesWithKey(retryKey)).as("declines are not charges").isZero();
        assertThat(resent.getJsonObject("billingItem").getString("state")).isEqualTo("failed");
        assertThat(resent.getJsonArray("messages").getJsonObject(0).getString("message")).contains("insufficient");

        JsonObject paused = data(clinic.key, UPDATE, vars("id", item.getString("id"), "paused", true))
                .getJsonObject("updateBillingItem");
        assertThat(paused.getJsonArray("messages").getJsonObject(0).getString("message"))
                .as("never silently ignored").contains("not part of a recurring payment");
    }

    @Test
    void refundsAreBoundedByWhatWasPaidEvenWhenConcurrent() throws Exception {
        String id = charged("100.00").getString("id");
        JsonObject over = data(clinic.key, UPDATE, vars("id", id, "refund", "100.01")).getJsonObject("updateBillingItem");
        assertThat(over.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("chosen_refund_amount");

        List<JsonObject> answers = Concurrently.run(12, i -> data(clinic.key, UPDATE, vars("id", id, "refund", "10.00"))
                .getJsonObject("updateBillingItem"));
        long accepted = answers.stream().filter(a -> a.isNull("messages")).count();
        assertThat(accepted).isEqualTo(10);
        JsonObject item = data(clinic.key, READ, vars("id", id)).getJsonObject("billingItem");
        assertThat(item.getString("amount_refunded")).isEqualTo("100.00");
        String intent = stripe.charges().stream().filter(c -> c.get("metadata[caregate_billing_item_id]").equals(id))
                .findFirst().orElseThrow().get("_id");
        assertThat(stripe.refunded(intent)).as("refunded at Stripe, in cents").isEqualTo(10_000L);
    }

    @Test
    void aRefundRetriedUnderItsKeyIsMadeOnce() throws Exception {
        String id = charged("50.00").getString("id");
        String key = UUID.randomUUID().toString();
        List<JsonObject> answers = Concurrently.run(6, i -> data(clinic.key, UPDATE, vars("id", id, "refund", "20.00",
                "key", key)).getJsonObject("updateBillingItem"));
        assertThat(answers).allMatch(a -> a.isNull("messages"));
        JsonObject item = data(clinic.key, READ, vars("id", id)).getJsonObject("billingItem");
        assertThat(item.getString("amount_refunded")).as("one refund of 20.00, however often asked").isEqualTo("20.00");
        String intent = stripe.charges().stream().filter(c -> c.get("metadata[caregate_billing_item_id]").equals(id))
                .findFirst().orElseThrow().get("_id");
        assertThat(stripe.refunded(intent)).isEqualTo(2_000L);
        JsonObject other = data(clinic.key, UPDATE, vars("id", id, "refund", "5.00", "key", key))
                .getJsonObject("updateBillingItem");
        assertThat(Api.refusedFields(other)).containsExactly("stripe_idempotency_key");
    }

    @Test
    void aChargeWhoseAnswerWasLostIsSettledByTheReconcilerUnderTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        stripe.answerSlowly(8_000);
        JsonObject payload = create(clinic.key, "75.25", patient, card, key);
        JsonObject item = payload.getJsonObject("billingItem");
        assertThat(item.getString("state")).as("charged, but the answer came after the timeout").isEqualTo("pending");
        assertThat(payload.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("payment");
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);

        String id = item.getString("id");
        long deadline = System.currentTimeMillis() + 60_000;
        String state = "pending";
        while (state.equals("pending") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            state = data(clinic.key, READ, vars("id", id)).getJsonObject("billingItem").getString("state");
        }
        assertThat(state).as("the reconciler asked Stripe again and recorded the charge").isEqualTo("succeeded");
        assertThat(stripe.chargesWithKey(key)).as("asked again, not charged again").isEqualTo(1);
        JsonObject retried = create(clinic.key, "75.25", patient, card, key);
        assertThat(retried.getJsonObject("billingItem").getString("id")).isEqualTo(id);
        assertThat(retried.getJsonObject("billingItem").getString("state")).isEqualTo("succeeded");
    }

    @Test
    void aServerKilledBetweenTheChargeAndItsRecordSettlesThePaymentAfterTheRestart() throws Exception {
        String key = UUID.randomUUID().toString();
        String amount = "61." + (10 + (int) (Math.random() * 89));
        String note = "crash " + Api.unique();
        stripe.answerSlowly(120_000);
        Thread request = new Thread(() -> {
            try {
                graphql(clinic.key, CREATE, vars("amount", amount, "sender", patient, "card", card, "key", key,
                        "charge", true, "note", note));
            } catch (RuntimeException | AssertionError killed) {
                // the server dies under it
            }
        });
        request.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (stripe.chargesWithKey(key) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stripe.chargesWithKey(key)).as("Stripe charged the card").isEqualTo(1);
        TestServer.get().killAndRestart();
        request.join(10_000);

        JsonArray found = data(clinic.key, "query($k: String) { billingItems(keywords: $k, page_size: 100) { id note "
                + "state amount_paid } }", vars("k", amount)).getJsonArray("billingItems");
        JsonObject item = found.stream().map(JsonValue::asJsonObject).filter(i -> note.equals(i.getString("note", "")))
                .findFirst().orElseThrow(() -> new AssertionError("the intent was lost: " + found));
        String state = item.getString("state");
        long settleBy = System.currentTimeMillis() + 60_000;
        while (state.equals("pending") && System.currentTimeMillis() < settleBy) {
            Thread.sleep(500);
            state = data(clinic.key, READ, vars("id", item.getString("id"))).getJsonObject("billingItem")
                    .getString("state");
        }
        assertThat(state).as("recorded after the restart, from Stripe's answer to the same key").isEqualTo("succeeded");
        assertThat(stripe.chargesWithKey(key)).as("one charge, no second one").isEqualTo(1);
    }

    @Test
    void billingItemEventsReachHealthieWebhooksSignedAsSeed001() throws Exception {
        Clinic own = Clinic.open("UTC");
        String payer = Fixtures.createClient(own.key, "Webb", "Hook", "webb." + Api.unique() + "@example.org");
        String ownCard = saveCard(own.key, payer, "tok_mastercard", null);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String path = "/billing/" + Api.unique();
            JsonObject webhook = WebhooksIT.subscribe(own.key, receiver.url(path),
                    List.of("billing_item.created", "billing_item.updated"), null, null);
            JsonObject payload = create(own.key, "12.00", payer, ownCard, UUID.randomUUID().toString());
            String id = payload.getJsonObject("billingItem").getString("id");
            List<Received> received = receiver.await(path, 2, Duration.ofSeconds(30));
            for (Received delivery : received) {
                WebhooksIT.assertSignedAsSeed001(delivery, webhook.getString("signing_secret"));
            }
            assertThat(received).extracting(Received::body).contains(
                    "{\"resource_id\":" + id + ",\"resource_id_type\":\"BillingItem\",\"event_type\":\"billing_item.created\"}");
            assertThat(received).extracting(Received::body).anyMatch(b -> b.contains("billing_item.updated"));
        }
    }

    @Test
    void anotherOrganizationsIdsAreNotFoundAndPatientsSeeOnlyTheirOwn() {
        String id = charged("30.00").getString("id");
        String otherOrganization = Fixtures.newOrganization("Elsewhere " + Api.unique());
        JsonObject read = graphql(otherOrganization, READ, vars("id", id));
        assertThat(read.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("NOT_FOUND");
        JsonObject update = data(otherOrganization, UPDATE, vars("id", id, "refund", "1.00"))
                .getJsonObject("updateBillingItem");
        assertThat(update.getJsonArray("messages").getJsonObject(0).getString("message")).contains("not found");
        JsonObject foreignPatient = create(otherOrganization, "5.00", patient, null, null);
        assertThat(foreignPatient.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Patient not found");
        assertThat(data(otherOrganization, "query($id: ID) { billingItems(sender_id: $id) { id } }", vars("id", patient))
                .getJsonArray("billingItems")).isEmpty();

        String session = patientSession();
        String own = charged("15.00").getString("id");
        JsonObject othersPayment = graphql(session, READ, vars("id", own));
        assertThat(othersPayment.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .as("another patient's payment").isEqualTo("NOT_FOUND");
        assertThat(data(session, "{ billingItems { id } }", null).getJsonArray("billingItems")).isEmpty();
        JsonObject charge = graphql(session, CREATE, vars("amount", "1.00", "sender", patient, "charge", true));
        assertThat(charge.toString()).as("patients do not charge").contains("FORBIDDEN");
    }

    @Test
    void amountsRoundTripAsStringsInTheOrganizationsCurrency() {
        Clinic euro = Clinic.open("UTC");
        JsonObject settings = data(euro.key, "mutation { updateBillingSettings(input: {currency: \"eur\"}) { "
                + "billing_settings { currency } messages { field message } } }", null)
                .getJsonObject("updateBillingSettings");
        assertThat(settings.getJsonObject("billing_settings").getString("currency")).isEqualTo("EUR");
        String payer = Fixtures.createClient(euro.key, "Eura", "Payer", "eura." + Api.unique() + "@example.org");
        JsonObject outside = data(euro.key, CREATE, vars("amount", "100.5", "sender", payer, "charge", false,
                "note", "cash")).getJsonObject("createBillingItem").getJsonObject("billingItem");
        assertThat(outside.getString("amount_paid")).isEqualTo("100.50");
        assertThat(outside.getString("currency")).isEqualTo("EUR");
        assertThat(outside.getString("state")).isEqualTo("outside");
        for (String bad : List.of("1e3", "-1", "1.005", "99999999999", "NaN")) {
            JsonObject refused = data(euro.key, CREATE, vars("amount", bad, "sender", payer, "charge", false))
                    .getJsonObject("createBillingItem");
            assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).as(bad)
                    .isEqualTo("amount_paid");
        }
        JsonObject offering = data(euro.key, """
                mutation($s: ID) { createBillingItem(input: {sender_id: $s, offering_id: "5", should_charge: false}) {
                  billingItem { id } messages { field message } } }""", vars("s", payer))
                .getJsonObject("createBillingItem");
        assertThat(offering.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Offering not found");
    }

    private static String patientSession() {
        String email = "patient." + Api.unique() + "@example.org";
        data(null, """
                mutation($e: String, $p: String, $d: String) { signUp(input: {first_name: "Pat", last_name: "Own",
                  email: $e, password: $p, role: "patient", dietitian_id: $d}) { user { id } } }""",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", clinic.providerId));
        return data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
    }
}
