package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code completeCheckout} paid for at checkout (issue 15, ADR 0032) over HTTP, against the live server and
 * {@code StripeStandIn}: a package bought and its credit used by the booking; a person without an account paying
 * with a token; a retry under the same key; a decline; a booking refused after the charge (the slot taken meanwhile)
 * refunded at Stripe with the payment kept as refunded; paid checkouts racing for one slot; a charge answered too late
 * refunded by the reconciler.
 */
class BillingCheckoutIT {

    private static final String NEW_YORK = "America/New_York";
    private static final String SLOT_TAKEN = "This time slot is no longer available. Please choose another time.";
    private static final String PAID_CHECKOUT = """
            mutation($t: String, $d: String, $f: String, $l: String, $e: String, $p: String, $o: ID, $c: ID,
                     $tok: String, $k: String) {
              completeCheckout(input: {appointment_type_id: $t, contact_type: "Healthie Video Call", date: $d,
                timezone: "America/New_York", first_name: $f, last_name: $l, email: $e, provider_id: $p,
                offering_id: $o, stripe_customer_detail_id: $c, token: $tok, stripe_idempotency_key: $k}) {
                appointment { id date provider { id } } messages { field message } } }""";
    private static final String CREDITS = "query($id: ID) { user(id: $id) { appointment_type_credits { "
            + "appointment_type_id total_credits remaining_credits } } }";
    private static final String PAYMENTS = "query($s: ID) { billingItems(sender_id: $s) { id state amount_paid "
            + "amount_refunded } }";
    private static final String APPOINTMENTS = "query($u: ID) { appointments(user_id: $u, filter: \"all\") { id } }";

    private static StripeStandIn stripe;
    private static Clinic clinic;
    private static String type;
    private static String offering;
    private static List<String> slots;

    @BeforeAll
    static void openClinic() {
        stripe = StripeStandIn.get();
        clinic = Clinic.open(NEW_YORK);
        type = clinic.appointmentType("Paid Consultation", 30);
        LocalDate monday = SelfSchedulingIT.nextMonday();
        clinic.weekly(clinic.providerId, 1, monday, "09 00", "17 00");
        slots = clinic.slots(type, monday, monday, NEW_YORK);
        JsonObject created = data(clinic.key, """
                mutation($t: ID) { createOffering(input: {name: "Two sessions", price: "80", billing_frequency: "One-Time",
                  offering_includes: [{appointment_type_id: $t, quantity: "2", is_repeating: false}]}) {
                  offering { id } messages { field message } } }""", vars("t", type)).getJsonObject("createOffering");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        offering = created.getJsonObject("offering").getString("id");
    }

    private static JsonObject paid(String token, String slot, String card, String stripeToken, String key) {
        return data(token, PAID_CHECKOUT, vars("t", type, "d", slot, "p", clinic.providerId, "o", offering, "c", card,
                "tok", stripeToken, "k", key)).getJsonObject("completeCheckout");
    }

    private static Clinic.Patient patientWithCard(String stripeToken) {
        Clinic.Patient patient = clinic.signedInPatient(NEW_YORK);
        BillingPaymentsIT.saveCard(clinic.key, patient.id(), stripeToken, true);
        return patient;
    }

    private static String cardOf(Clinic.Patient patient) {
        return data(clinic.key, "query($id: ID) { user(id: $id) { stripe_customer_details { id } } }",
                vars("id", patient.id())).getJsonObject("user").getJsonArray("stripe_customer_details")
                .getJsonObject(0).getString("id");
    }

    private static JsonArray payments(String patient) {
        return data(clinic.key, PAYMENTS, vars("s", patient)).getJsonArray("billingItems");
    }

    private static int appointments(String patient) {
        return data(clinic.key, APPOINTMENTS, vars("u", patient)).getJsonArray("appointments").size();
    }

    /** The payment intent Stripe made under this client key (on the shared account: {@code org-<id>:<key>}). */
    private static String intentOf(String key) {
        return chargeOf(key).get("_id");
    }

    private static Map<String, String> chargeOf(String key) {
        return stripe.charges().stream().filter(c -> c.get("_key").equals(key) || c.get("_key").endsWith(":" + key))
                .findFirst().orElseThrow();
    }

    @Test
    void aPatientBuysAPackageAtCheckoutIsBookedWithOneOfItsCreditsAndARetryChangesNothing() {
        Clinic.Patient patient = patientWithCard("tok_visa");
        String card = cardOf(patient);
        String key = "checkout-" + Api.unique();

        JsonObject booked = paid(patient.token(), slots.get(0), card, null, key);
        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        String appointment = booked.getJsonObject("appointment").getString("id");
        assertThat(stripe.chargesWithKey(key)).as("one charge at Stripe").isEqualTo(1);
        assertThat(chargeOf(key).get("amount")).as("the package's first payment, in cents").isEqualTo("8000");
        JsonObject credit = data(clinic.key, CREDITS, vars("id", patient.id())).getJsonObject("user")
                .getJsonArray("appointment_type_credits").getJsonObject(0);
        assertThat(credit.getString("appointment_type_id")).isEqualTo(type);
        assertThat(credit.getInt("total_credits")).as("the package's two sessions").isEqualTo(2);
        assertThat(credit.getInt("remaining_credits")).as("one used by the booking").isEqualTo(1);
        String warnings = "query($t: ID, $p: ID, $d: String, $a: String) { appointmentBookingWarnings("
                + "appointment_type_id: $t, provider_id: $p, date: $d, time: \"16 00\", attendee_ids: $a) { category } }";
        String date = SelfSchedulingIT.nextMonday().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
        assertThat(data(clinic.key, warnings, vars("t", type, "p", clinic.providerId, "d", date, "a", patient.id()))
                .getJsonArray("appointmentBookingWarnings")).as("a credit is left for a second session").isEmpty();

        // the same key again: the first checkout's appointment, no second charge, appointment or credit
        JsonObject again = paid(patient.token(), slots.get(0), card, null, key);
        assertThat(again.isNull("messages")).as(again.toString()).isTrue();
        assertThat(again.getJsonObject("appointment").getString("id")).isEqualTo(appointment);
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
        assertThat(appointments(patient.id())).isEqualTo(1);
        assertThat(payments(patient.id())).hasSize(1);
        // the same key for another slot is refused on the key
        assertThat(Api.refusedFields(paid(patient.token(), slots.get(1), card, null, key)))
                .containsExactly("stripe_idempotency_key");
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
        // another patient's card, and a package of another organization, are not found; nothing is charged
        Clinic.Patient other = patientWithCard("tok_visa");
        assertThat(Api.refusedFields(paid(other.token(), slots.get(2), card, null, "x-" + key)))
                .containsExactly("stripe_customer_detail_id");
        assertThat(stripe.chargesWithKey("x-" + key)).isZero();
        assertThat(appointments(other.id())).isZero();
    }

    @Test
    void aPersonWithoutAnAccountPaysWithATokenKeptButNeverTheDefaultCard() {
        String email = "anon." + Api.unique() + "@example.org";
        String key = "anon-" + Api.unique();
        JsonObject booked = data(null, PAID_CHECKOUT, vars("t", type, "d", slots.get(3), "f", "Ann", "l", "Onymous",
                "e", email, "p", clinic.providerId, "o", offering, "tok", "tok_visa", "k", key))
                .getJsonObject("completeCheckout");
        assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
        String patient = data(clinic.key, "query($id: ID) { appointment(id: $id) { user { id } } }",
                vars("id", booked.getJsonObject("appointment").getString("id"))).getJsonObject("appointment")
                .getJsonObject("user").getString("id");
        JsonArray cards = data(clinic.key, "query($id: ID) { user(id: $id) { stripe_customer_details { last_four "
                + "is_default } } }", vars("id", patient)).getJsonObject("user").getJsonArray("stripe_customer_details");
        assertThat(cards).hasSize(1);
        assertThat(cards.getJsonObject(0).getBoolean("is_default"))
                .as("a card given without a key is never the patient's default (the name and email may be another's)")
                .isFalse();
        assertThat(payments(patient).getJsonObject(0).getString("state")).isEqualTo("succeeded");
        // a person without an account cannot name a card on file
        JsonObject byCard = data(null, PAID_CHECKOUT, vars("t", type, "d", slots.get(4), "f", "Ann", "l", "Onymous",
                "e", email, "p", clinic.providerId, "o", offering, "c", "1", "k", "c-" + key))
                .getJsonObject("completeCheckout");
        assertThat(Api.refusedFields(byCard)).containsExactly("stripe_customer_detail_id");
    }

    @Test
    void aDeclinedCardBooksNothingAndSaysWhy() {
        Clinic.Patient patient = patientWithCard("tok_chargeDeclinedInsufficientFunds");
        String key = "declined-" + Api.unique();
        JsonObject declined = paid(patient.token(), slots.get(5), cardOf(patient), null, key);
        assertThat(declined.isNull("appointment")).isTrue();
        JsonObject message = declined.getJsonArray("messages").getJsonObject(0);
        assertThat(message.getString("field")).isEqualTo("stripe_customer_detail_id");
        assertThat(message.getString("message")).isEqualTo("The card was declined: Your card has insufficient funds.");
        assertThat(appointments(patient.id())).isZero();
        assertThat(payments(patient.id()).getJsonObject(0).getString("state")).isEqualTo("failed");
        assertThat(data(clinic.key, CREDITS, vars("id", patient.id())).getJsonObject("user")
                .getJsonArray("appointment_type_credits")).as("nothing granted").isEmpty();
    }

    @Test
    void aSlotTakenWhileTheCardIsChargedRefundsTheChargeAndKeepsThePaymentAsRefunded() throws Exception {
        Clinic.Patient patient = patientWithCard("tok_visa");
        String card = cardOf(patient);
        String key = "late-" + Api.unique();
        String slot = slots.get(6);
        stripe.answerSlowly(2_500);
        List<JsonObject> answers = Concurrently.run(2, i -> {
            if (i == 0) {
                return paid(patient.token(), slot, card, null, key);
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (stripe.chargesWithKey(key) == 0 && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            // the card is being charged: someone else books the slot meanwhile
            return clinic.checkout(type, slot, NEW_YORK, "quick." + Api.unique() + "@example.org");
        });
        assertThat(answers.get(1).isNull("messages")).as(answers.get(1).toString()).isTrue();
        JsonObject refused = answers.get(0);
        assertThat(refused.isNull("appointment")).isTrue();
        assertThat(refused.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("field")))
                .containsExactly("date", "payment");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo(SLOT_TAKEN);
        assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
        assertThat(stripe.refunded(intentOf(key))).as("refunded at Stripe").isEqualTo(8000);
        JsonObject payment = payments(patient.id()).getJsonObject(0);
        assertThat(payment.getString("state")).isEqualTo("succeeded");
        assertThat(payment.getString("amount_refunded")).as("kept in the books, refunded").isEqualTo("80.00");
        assertThat(appointments(patient.id())).isZero();
        assertThat(data(clinic.key, CREDITS, vars("id", patient.id())).getJsonObject("user")
                .getJsonArray("appointment_type_credits")).as("no credits without the booking").isEmpty();
        // asked again under its key: the same refusal, no second refund
        JsonObject again = paid(patient.token(), slot, card, null, key);
        assertThat(again.getJsonArray("messages").getJsonObject(0).getString("message")).isEqualTo(SLOT_TAKEN);
        assertThat(stripe.refunded(intentOf(key))).isEqualTo(8000);
    }

    @Test
    void paidCheckoutsRacingForOneSlotBookOneAndLeaveNoOtherChargeStanding() throws Exception {
        String slot = slots.get(7);
        List<Clinic.Patient> racers = List.of(patientWithCard("tok_visa"), patientWithCard("tok_visa"),
                patientWithCard("tok_visa"), patientWithCard("tok_visa"));
        List<String> cards = racers.stream().map(BillingCheckoutIT::cardOf).toList();
        String run = Api.unique();
        List<JsonObject> answers = Concurrently.run(racers.size(), i -> paid(racers.get(i).token(), slot, cards.get(i),
                null, "race-" + run + "-" + i));
        assertThat(answers.stream().filter(a -> a.isNull("messages"))).hasSize(1);
        for (int i = 0; i < racers.size(); i++) {
            String key = "race-" + run + "-" + i;
            if (answers.get(i).isNull("messages")) {
                assertThat(stripe.chargesWithKey(key)).isEqualTo(1);
                assertThat(stripe.refunded(intentOf(key))).isZero();
                assertThat(appointments(racers.get(i).id())).isEqualTo(1);
            } else {
                assertThat(answers.get(i).getJsonArray("messages").getJsonObject(0).getString("message"))
                        .isEqualTo(SLOT_TAKEN);
                assertThat(appointments(racers.get(i).id())).isZero();
                if (stripe.chargesWithKey(key) == 1) {
                    assertThat(stripe.refunded(intentOf(key))).as("charged, then refunded").isEqualTo(8000);
                }
            }
        }
    }

    @Test
    void aChargeAnsweredTooLateBooksNothingAndIsRefundedByTheReconciler() throws Exception {
        Clinic.Patient patient = patientWithCard("tok_visa");
        String key = "timeout-" + Api.unique();
        stripe.answerSlowly(6_000); // longer than the suite's Stripe timeout (PT5S)
        JsonObject unanswered = paid(patient.token(), slots.get(8), cardOf(patient), null, key);
        assertThat(unanswered.isNull("appointment")).isTrue();
        assertThat(unanswered.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("payment");
        long deadline = System.currentTimeMillis() + 60_000;
        while ((stripe.chargesWithKey(key) == 0 || stripe.refunded(intentOf(key)) == 0)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertThat(stripe.chargesWithKey(key)).as("charged once").isEqualTo(1);
        assertThat(stripe.refunded(intentOf(key))).as("and refunded, as nothing was booked").isEqualTo(8000);
        assertThat(appointments(patient.id())).isZero();
        assertThat(payments(patient.id()).getJsonObject(0).getString("amount_refunded")).isEqualTo("80.00");
    }
}
