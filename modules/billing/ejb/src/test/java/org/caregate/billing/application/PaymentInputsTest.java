package org.caregate.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.caregate.billing.api.BillingItemChanges;
import org.caregate.billing.api.NewBillingItem;
import org.caregate.billing.domain.Purchasables;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PaymentInputsTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static NewBillingItem item(String amount, String sender, Boolean charge, String key) {
        return new NewBillingItem(amount, sender, null, null, null, null, charge, "21", key, null, null, null, null,
                null);
    }

    @Test
    void readsSeedExampleValues() {
        ChargeCommand command = PaymentInputs.create(item("567.53", "61", true, "6c7f4f1e-2a5b-4a57-9a39-f00d"), USD);
        assertThat(command.amount().toPlainString()).isEqualTo("567.53");
        assertThat(command.senderId()).isEqualTo(61L);
        assertThat(command.cardId()).isEqualTo(21L);
        assertThat(command.shouldCharge()).isTrue();
        assertThat(command.idempotencyKey()).isEqualTo("6c7f4f1e-2a5b-4a57-9a39-f00d");
    }

    @Test
    void theFingerprintIsTheSameForTheSamePaymentWrittenDifferently() {
        String a = PaymentInputs.create(item("100", "61", true, "k"), USD).fingerprint();
        String b = PaymentInputs.create(item("100.00", "61", true, "k"), USD).fingerprint();
        String other = PaymentInputs.create(item("100.01", "61", true, "k"), USD).fingerprint();
        assertThat(a).isEqualTo(b).isNotEqualTo(other);
    }

    @Test
    void everyFieldIsBoundedAndAllProblemsAreReportedAtOnce() {
        NewBillingItem bad = new NewBillingItem("-5", "x", "0", "n".repeat(256), null, "yesterday", true, "abc",
                "has space", "1e2", null, null, null, "2150-01-01");
        assertThatThrownBy(() -> PaymentInputs.create(bad, USD)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(p -> p.field()).contains("amount_paid",
                        "sender_id", "recipient_id", "note", "created_at", "stripe_customer_detail_id",
                        "stripe_idempotency_key", "offering_id", "payment_due_date"));
        assertThatThrownBy(() -> PaymentInputs.create(item("0", "61", true, null), USD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> PaymentInputs.create(item("10", "61", true, "k".repeat(256)), USD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void purchasablesAreKeptToBeCheckedNotIgnored() {
        NewBillingItem forPackage = new NewBillingItem(null, "61", null, null, null, null, true, null, null, "7",
                "11", null, null, null);
        ChargeCommand command = PaymentInputs.create(forPackage, USD);
        assertThat(command.purchasables()).containsEntry(Purchasables.Kind.OFFERING, 7L)
                .containsEntry(Purchasables.Kind.REQUESTED_PAYMENT, 11L);
        assertThat(command.billedOnce()).as("a package with a frequency is billed again").isFalse();
        assertThat(PaymentInputs.create(new NewBillingItem(null, "61", null, null, null, null, true, null, null, "7",
                null, null, null, "2026-12-01"), USD).billedOnce()).as("billed once (seed 001)").isTrue();
        assertThatThrownBy(() -> PaymentInputs.create(item(null, "61", true, null), USD))
                .as("without a package or invoice, the amount is required").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void updatesReadRefundsAndRecurringChanges() {
        PaymentInputs.Changes changes = PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null,
                null, "12.5", true, null, "key-2", null, null, null), USD);
        assertThat(changes.refund().toPlainString()).isEqualTo("12.50");
        assertThat(changes.resendPayment()).isTrue();
        assertThat(changes.newChargeKey()).isEqualTo("key-2");
        assertThat(changes.recurringChange()).isFalse();
        assertThat(PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null, null, null,
                null, null, true, null, null), USD).recurringChange()).isTrue();
        assertThat(PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null, null, null,
                null, null, false, null, null), USD).paused()).as("is_paused: false resumes").isFalse();
        assertThat(PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null, null, null,
                null, null, null, true, null), USD).recurringChange()).isTrue();
        assertThat(PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null, null, null,
                null, null, null, null, "2027-01-31"), USD).newPaymentDate())
                .as("a date is charged as it starts, UTC").isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
        assertThat(PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null, null, null,
                null, null, null, null, "2027-01-31T09:30:00Z"), USD).newPaymentDate())
                .isEqualTo(Instant.parse("2027-01-31T09:30:00Z"));
        for (String bad : List.of("tomorrow", "2027-02-30", "3027-01-01")) {
            assertThatThrownBy(() -> PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null,
                    null, null, null, null, null, null, null, bad), USD)).as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> PaymentInputs.update(new BillingItemChanges("5", null, null, null, null, null, null,
                "0", null, null, null, null, null, null), USD)).isInstanceOf(InvalidInputException.class);
    }
}
