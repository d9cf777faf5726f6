package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.caregate.it.webhooks.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's recurring payments against the live server and {@link StripeStandIn}: a weekly package bought with a
 * charge is charged again each period — exactly once at Stripe, under the period's own key — with the repeating
 * credits granted again and {@code billing_item.created} for the period's item; paused it is not charged, resumed it
 * continues from its next date to come, cancelled it is charged no more; {@code new_payment_date} moves the next
 * charge (how the test makes "next week" come in seconds); a declined period is charged again by
 * {@code resend_payment}. CrashRecoveryIT kills the server while a period is being charged
 * ({@link #periodChargedButUnanswered}, {@link #assertSettledOnce}).
 */
class BillingRecurringIT {

    static final String BUY = """
            mutation($o: ID, $u: ID, $due: String) { createBillingItem(input: {offering_id: $o, sender_id: $u,
              should_charge: true, payment_due_date: $due}) { billingItem { id amount_paid state recurring_period
              recurring_payment { id billing_frequency amount is_paused is_canceled next_payment_date periods_billed } }
              messages { field message } } }""";
    static final String UPDATE = """
            mutation($id: ID, $paused: Boolean, $canceled: Boolean, $date: String, $resend: Boolean, $key: String) {
              updateBillingItem(input: {id: $id, is_paused: $paused, is_canceled: $canceled, new_payment_date: $date,
                resend_payment: $resend, stripe_idempotency_key: $key}) { billingItem { id state failure_reason
                recurring_payment { id is_paused is_canceled next_payment_date periods_billed } }
                messages { field message } } }""";
    static final String ITEMS = """
            query($u: ID) { billingItems(sender_id: $u, page_size: 100) { id amount_paid state failure_reason
              recurring_period recurring_payment { id periods_billed } } }""";
    private static final String CREDITS = "query($id: ID) { user(id: $id) { appointment_type_credits { "
            + "appointment_type_id total_credits } } }";
    private static final Duration WAIT = Duration.ofSeconds(45);

    /** A patient with a card and a weekly package bought by them: the purchase, period 1. */
    record Purchase(String patient, String firstItem, String recurringPayment, String repeatingType,
                    String onceType) {
    }

    static Purchase buyWeekly(Clinic clinic, String price) {
        String key = clinic.key;
        String repeating = clinic.appointmentType("Weekly coaching " + Api.unique(), 30);
        String once = clinic.appointmentType("Intake " + Api.unique(), 60);
        JsonObject offering = data(key, """
                mutation($p: String, $i: [OfferingIncludesFields]) { createOffering(input: {name: "Weekly plan",
                  price: $p, first_time_payment: "99", billing_frequency: "Weekly", offering_includes: $i}) {
                  offering { id } messages { field message } } }""", vars("p", price, "i", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("appointment_type_id", repeating).add("quantity", "2")
                        .add("is_repeating", true))
                .add(Json.createObjectBuilder().add("appointment_type_id", once).add("quantity", "1")
                        .add("is_repeating", false)).build())).getJsonObject("createOffering");
        assertThat(offering.isNull("messages")).as(offering.toString()).isTrue();
        String patient = Fixtures.createClient(key, "Wendy", "Weekly", "wendy." + Api.unique() + "@example.org");
        BillingPaymentsIT.saveCard(key, patient, "tok_visa", true);
        JsonObject bought = data(key, BUY, vars("o", offering.getJsonObject("offering").getString("id"), "u", patient))
                .getJsonObject("createBillingItem");
        assertThat(bought.isNull("messages")).as(bought.toString()).isTrue();
        JsonObject item = bought.getJsonObject("billingItem");
        assertThat(item.getString("amount_paid")).as("the first-time payment").isEqualTo("99.00");
        assertThat(item.getString("state")).isEqualTo("succeeded");
        assertThat(item.getInt("recurring_period")).isEqualTo(1);
        JsonObject recurring = item.getJsonObject("recurring_payment");
        assertThat(recurring.getString("billing_frequency")).isEqualTo("Weekly");
        assertThat(recurring.getString("amount")).as("each later period: the price").isEqualTo(price + ".00");
        assertThat(recurring.getInt("periods_billed")).isEqualTo(1);
        assertThat(recurring.getBoolean("is_paused")).isFalse();
        assertThat(Duration.between(Instant.now(), Instant.parse(recurring.getString("next_payment_date"))))
                .as("a week after the purchase").isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        return new Purchase(patient, item.getString("id"), recurring.getString("id"), repeating, once);
    }

    @Test
    void aWeeklyPackageIsChargedOncePerPeriodPausedResumedMovedResentAndCancelled() throws Exception {
        StripeStandIn stripe = StripeStandIn.get();
        Clinic clinic = Clinic.open("UTC");
        String key = clinic.key;
        Purchase bought = buyWeekly(clinic, "43");
        assertThat(credits(key, bought)).as("the purchase: every include").isEqualTo(Map.of("repeating", 2, "once", 1));

        // next week, now: period 2 is charged once, at the price, and gives the repeating include again
        JsonObject second;
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String path = "/recurring/" + Api.unique();
            WebhooksIT.subscribe(key, receiver.url(path), List.of("billing_item.created"), null, null);
            move(key, bought.firstItem(), 2);
            second = awaitItem(key, bought.patient(), 2, i -> !i.getString("state").equals("pending"));
            String created = "{\"resource_id\":" + second.getString("id")
                    + ",\"resource_id_type\":\"BillingItem\",\"event_type\":\"billing_item.created\"}";
            assertThat(receiver.await(path, r -> r.body().equals(created), 1, WAIT)).as("the period's item").hasSize(1);
        }
        assertThat(second.getString("state")).isEqualTo("succeeded");
        assertThat(second.getString("amount_paid")).isEqualTo("43.00");
        assertThat(chargesOf(stripe, bought, 2)).as("one charge at Stripe for the period").isEqualTo(1);
        assertThat(credits(key, bought)).isEqualTo(Map.of("repeating", 4, "once", 1));
        Thread.sleep(3_000);
        assertThat(periodsBilled(key, bought)).as("the next is a week later").isEqualTo(2);

        // paused (through period 2's item): a date that passes charges nothing
        JsonObject paused = update(key, vars("id", second.getString("id"), "paused", true));
        assertThat(paused.getJsonObject("billingItem").getJsonObject("recurring_payment").getBoolean("is_paused"))
                .isTrue();
        move(key, bought.firstItem(), 2);
        Thread.sleep(5_000);
        assertThat(periodsBilled(key, bought)).as("not charged while paused").isEqualTo(2);
        assertThat(chargesOf(stripe, bought, 3)).isZero();

        // resumed: the date passed while paused is skipped, the next one is a week on
        JsonObject resumed = update(key, vars("id", bought.firstItem(), "paused", false))
                .getJsonObject("billingItem").getJsonObject("recurring_payment");
        assertThat(resumed.getBoolean("is_paused")).isFalse();
        assertThat(Instant.parse(resumed.getString("next_payment_date"))).isAfter(Instant.now().plus(Duration.ofDays(6)));
        assertThat(resumed.getInt("periods_billed")).isEqualTo(2);

        // period 3 is declined: failed with the issuer's reason, nothing granted; resent under a new key it is paid
        stripe.declineNextChargeOf(4300);
        move(key, bought.firstItem(), 2);
        JsonObject third = awaitItem(key, bought.patient(), 3, i -> !i.getString("state").equals("pending"));
        assertThat(third.getString("state")).isEqualTo("failed");
        assertThat(third.getString("failure_reason")).isEqualTo("Your card has insufficient funds.");
        assertThat(credits(key, bought)).as("a declined period grants nothing").containsEntry("repeating", 4);
        String retryKey = UUID.randomUUID().toString();
        JsonObject resent = update(key, vars("id", third.getString("id"), "resend", true, "key", retryKey));
        assertThat(resent.isNull("messages")).as(resent.toString()).isTrue();
        assertThat(resent.getJsonObject("billingItem").getString("state")).isEqualTo("succeeded");
        assertThat(stripe.chargesWithKey(retryKey)).isEqualTo(1);
        assertThat(credits(key, bought)).isEqualTo(Map.of("repeating", 6, "once", 1));

        // cancelled a moment before its date: never charged again, and nothing but cancelling is taken any more
        move(key, bought.firstItem(), 3);
        JsonObject cancelled = update(key, vars("id", third.getString("id"), "canceled", true))
                .getJsonObject("billingItem").getJsonObject("recurring_payment");
        assertThat(cancelled.getBoolean("is_canceled")).isTrue();
        assertThat(cancelled.isNull("next_payment_date")).isTrue();
        Thread.sleep(5_000);
        assertThat(periodsBilled(key, bought)).isEqualTo(3);
        assertThat(chargesOf(stripe, bought, 4)).isZero();
        assertThat(Api.refusedFields(update(key, vars("id", bought.firstItem(), "paused", false))))
                .containsExactly("is_paused");
    }

    @Test
    void theSeedsRulesDecideWhatIsBilledOnceAndChangesAreBoundedAndScoped() {
        StripeStandIn.get();
        Clinic clinic = Clinic.open("UTC");
        String key = clinic.key;
        Purchase bought = buyWeekly(clinic, "20");
        // a payment_due_date of today: billed once
        String packageId = data(key, "{ offerings { id } }", null).getJsonArray("offerings").getJsonObject(0)
                .getString("id");
        JsonObject once = data(key, BUY, vars("o", packageId, "u", bought.patient(), "due",
                LocalDate.now(ZoneOffset.UTC).toString())).getJsonObject("createBillingItem");
        assertThat(once.isNull("messages")).as(once.toString()).isTrue();
        assertThat(once.getJsonObject("billingItem").isNull("recurring_payment")).isTrue();
        assertThat(Api.refusedFields(update(key, vars("id", once.getJsonObject("billingItem").getString("id"),
                "canceled", true)))).as("not part of a recurring payment").containsExactly("is_canceled");

        for (String bad : new String[] {"2020-01-01", Instant.now().plus(Duration.ofDays(400)).toString(), "soon"}) {
            assertThat(Api.refusedFields(update(key, vars("id", bought.firstItem(), "date", bad)))).as(bad)
                    .containsExactly("new_payment_date");
        }
        String other = Fixtures.newOrganization("Elsewhere " + Api.unique());
        assertThat(Api.refusedAsNotFound(data(other, UPDATE, vars("id", bought.firstItem(), "paused", true))
                .getJsonObject("updateBillingItem"))).as("another organization's payment").isTrue();
        assertThat(periodsBilled(key, bought)).isEqualTo(1);
        JsonObject read = graphql(other, "query($id: ID) { billingItem(id: $id) { recurring_payment { id } } }",
                vars("id", bought.firstItem()));
        assertThat(Api.errorCode(read)).isEqualTo("NOT_FOUND");
    }

    /** Before a kill: a purchase whose period 2 Stripe has charged but not yet answered. */
    static Purchase periodChargedButUnanswered(Clinic clinic) throws InterruptedException {
        StripeStandIn stripe = StripeStandIn.get();
        String key = clinic.key;
        Purchase bought = buyWeekly(clinic, "31");
        stripe.answerSlowly(120_000);
        move(key, bought.firstItem(), 2);
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (chargesOf(stripe, bought, 2) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(chargesOf(stripe, bought, 2)).as("Stripe charged period 2").isEqualTo(1);
        return bought;
    }

    /** After the restart: the period recorded from Stripe's answer to the same key — one charge, one item. */
    static void assertSettledOnce(String key, Purchase bought) throws InterruptedException {
        JsonObject second = awaitItem(key, bought.patient(), 2, i -> i.getString("state").equals("succeeded"));
        assertThat(second.getString("amount_paid")).isEqualTo("31.00");
        assertThat(chargesOf(StripeStandIn.get(), bought, 2)).as("asked again, not charged again").isEqualTo(1);
        assertThat(periodsBilled(key, bought)).isEqualTo(2);
    }

    private static JsonObject update(String key, JsonObject variables) {
        return data(key, UPDATE, variables).getJsonObject("updateBillingItem");
    }

    /** Moves the next charge to {@code seconds} from now, through any of the recurring payment's items. */
    private static void move(String key, String item, int seconds) {
        JsonObject moved = update(key, vars("id", item, "date", Instant.now().plusSeconds(seconds).toString()));
        assertThat(moved.isNull("messages")).as(moved.toString()).isTrue();
    }

    private static int periodsBilled(String key, Purchase bought) {
        return data(key, "query($id: ID) { billingItem(id: $id) { recurring_payment { periods_billed } } }",
                vars("id", bought.firstItem())).getJsonObject("billingItem").getJsonObject("recurring_payment")
                .getInt("periods_billed");
    }

    private static JsonObject awaitItem(String key, String patient, int period, Predicate<JsonObject> settled)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        JsonObject found = null;
        while (System.currentTimeMillis() < deadline) {
            JsonArray items = data(key, ITEMS, vars("u", patient)).getJsonArray("billingItems");
            found = items.stream().map(JsonValue::asJsonObject)
                    .filter(i -> !i.isNull("recurring_period") && i.getInt("recurring_period") == period)
                    .findFirst().orElse(null);
            if (found != null && settled.test(found)) {
                return found;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("period " + period + " not settled in time: " + found);
    }

    /** The charges Stripe made under the period's own key (prefixed with the organization on the shared account). */
    private static long chargesOf(StripeStandIn stripe, Purchase bought, int period) {
        String periodKey = "caregate-recurring-" + bought.recurringPayment() + "-period-" + period;
        return stripe.charges().stream().filter(c -> c.get("_key").endsWith(":" + periodKey)
                || c.get("_key").equals(periodKey)).count();
    }

    private static Map<String, Integer> credits(String key, Purchase bought) {
        JsonArray credits = data(key, CREDITS, vars("id", bought.patient())).getJsonObject("user")
                .getJsonArray("appointment_type_credits");
        Map<String, Integer> byName = new java.util.HashMap<>();
        for (JsonValue credit : credits) {
            String type = credit.asJsonObject().getString("appointment_type_id");
            byName.put(type.equals(bought.repeatingType()) ? "repeating" : type.equals(bought.onceType()) ? "once"
                    : type, credit.asJsonObject().getInt("total_credits"));
        }
        return byName;
    }
}
