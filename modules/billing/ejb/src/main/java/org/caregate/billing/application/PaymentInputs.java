package org.caregate.billing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.caregate.billing.api.BillingItemChanges;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.NewBillingItem;
import org.caregate.billing.domain.Purchasables;
import org.caregate.kernel.input.Inputs;

/** Reads payment commands field by field, bounding every one; every problem is reported at once. */
final class PaymentInputs {

    /** Stripe's limit for an idempotency key, printable ASCII without spaces. */
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private PaymentInputs() {
    }

    static ChargeCommand create(NewBillingItem in, Currency currency) {
        Inputs inputs = new Inputs();
        Map<Purchasables.Kind, Long> purchasables = new EnumMap<>(Purchasables.Kind.class);
        putId(inputs, purchasables, Purchasables.Kind.OFFERING, in.offeringId());
        putId(inputs, purchasables, Purchasables.Kind.REQUESTED_PAYMENT, in.requestedPaymentId());
        putId(inputs, purchasables, Purchasables.Kind.USER_PACKAGE_SELECTION, in.userPackageSelectionId());
        putId(inputs, purchasables, Purchasables.Kind.OFFERING_COUPON, in.offeringCouponId());
        Money amount = amount(inputs, "amount_paid", in.amountPaid(), currency, purchasables.isEmpty());
        Long sender = inputs.requiredId("sender_id", in.senderId());
        Long recipient = inputs.id("recipient_id", in.recipientId());
        Long card = inputs.id("stripe_customer_detail_id", in.stripeCustomerDetailId());
        String note = inputs.optional("note", in.note());
        String medium = inputs.optional("payment_medium", in.paymentMedium());
        boolean charge = Boolean.TRUE.equals(in.shouldCharge());
        Instant createdAt = time(inputs, "created_at", in.createdAt());
        if (createdAt != null && charge) {
            inputs.problem("created_at", "is for outside payments; leave it out when charging a card");
        }
        if (amount != null && charge && amount.isZero()) {
            inputs.problem("amount_paid", "must be more than zero to charge a card");
        }
        LocalDate due = date(inputs, "payment_due_date", in.paymentDueDate());
        String key = idempotencyKey(inputs, in.stripeIdempotencyKey());
        inputs.check();
        return new ChargeCommand(amount, sender, recipient, card, note, medium, createdAt, charge, key, purchasables,
                due != null);
    }

    /** The readable changes of an {@code updateBillingItem}; the id is read by the caller. */
    record Changes(Long senderId, Long recipientId, Money amount, String note, String paymentMedium,
                   Instant createdAt, Money refund, boolean resendPayment, boolean resendReceipt, String newChargeKey,
                   Boolean paused, boolean canceled, Instant newPaymentDate) {

        /** Whether the update pauses, resumes, cancels or moves a recurring payment. */
        boolean recurringChange() {
            return paused != null || canceled || newPaymentDate != null;
        }
    }

    static Changes update(BillingItemChanges in, Currency currency) {
        Inputs inputs = new Inputs();
        Long sender = inputs.id("sender_id", in.senderId());
        Long recipient = inputs.id("recipient_id", in.recipientId());
        Money amount = in.amountPaid() == null || in.amountPaid().isBlank() ? null
                : amount(inputs, "amount_paid", in.amountPaid(), currency, true);
        Money refund = in.chosenRefundAmount() == null || in.chosenRefundAmount().isBlank() ? null
                : amount(inputs, "chosen_refund_amount", in.chosenRefundAmount(), currency, true);
        if (refund != null && refund.isZero()) {
            inputs.problem("chosen_refund_amount", "must be more than zero");
        }
        String note = inputs.optional("note", in.note());
        String medium = inputs.optional("payment_medium", in.paymentMedium());
        Instant createdAt = time(inputs, "created_at", in.createdAt());
        String key = idempotencyKey(inputs, in.stripeIdempotencyKey());
        // a date (the next payment is charged as that day starts, UTC) or a time; to come, at most a year ahead (ledger)
        Instant newPaymentDate = time(inputs, "new_payment_date", in.newPaymentDate());
        inputs.check();
        return new Changes(sender, recipient, amount, note, medium, createdAt, refund,
                Boolean.TRUE.equals(in.resendPayment()), Boolean.TRUE.equals(in.resendReceipt()), key, in.isPaused(),
                Boolean.TRUE.equals(in.isCanceled()), newPaymentDate);
    }

    static String idempotencyKey(Inputs inputs, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(raw).matches()) {
            inputs.problem("stripe_idempotency_key", "must be 1 to 255 printable characters without spaces");
            return null;
        }
        return raw;
    }

    private static Money amount(Inputs inputs, String field, String raw, Currency currency, boolean required) {
        if ((raw == null || raw.isBlank()) && !required) {
            return null;
        }
        Amounts.Result read = Amounts.read(raw, currency);
        if (read.problem() != null) {
            inputs.problem(field, read.problem());
        }
        return read.money();
    }

    private static void putId(Inputs inputs, Map<Purchasables.Kind, Long> ids, Purchasables.Kind kind, String raw) {
        Long id = inputs.id(kind.field, raw);
        if (id != null) {
            ids.put(kind, id);
        }
    }

    /** An ISO time ({@code 2024-01-31T10:00:00Z}) or date (midnight UTC), within Caregate's calendar. */
    private static Instant time(Inputs inputs, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        try {
            Instant at = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
            return inputs.calendarTime(field, at);
        } catch (DateTimeParseException e) {
            inputs.problem(field, "must be a date (2024-01-31) or a time (2024-01-31T10:00:00Z)");
            return null;
        }
    }

    private static LocalDate date(Inputs inputs, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return inputs.calendarDate(field, LocalDate.parse(raw.strip().length() > 10 ? raw.strip().substring(0, 10)
                    : raw.strip()));
        } catch (DateTimeParseException e) {
            inputs.problem(field, "must be a date such as 2024-01-31");
            return null;
        }
    }
}
