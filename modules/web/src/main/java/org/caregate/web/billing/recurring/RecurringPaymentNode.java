package org.caregate.web.billing.recurring;

import org.caregate.billing.api.RecurringPaymentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code RecurringPayment}, which seed 001 names but prints no fields of; these are Caregate's: the package
 * charged again, how often, how much each period, and where it stands.
 */
@Name("RecurringPayment")
@Description("Caregate's fields of Healthie's RecurringPayment: a package with a billing frequency charged every "
        + "period on the patient's card. Paused, resumed, cancelled and moved with updateBillingItem on any of its "
        + "billing items.")
public record RecurringPaymentNode(
        @Id @Name("id") String id,
        @Id @Name("offering_id") String offeringId,
        @Name("billing_frequency") String billingFrequency,
        @Name("amount") @Description("What each period after the first is charged, e.g. \"40.00\".") String amount,
        @Name("currency") String currency,
        @Name("is_paused") boolean paused,
        @Name("is_canceled") boolean canceled,
        @Name("next_payment_date") @Description("When the next period is charged (ISO time, UTC); null once "
                + "cancelled. Resuming moves a date passed while paused to the next one to come.") String nextPaymentDate,
        @Name("periods_billed") @Description("How many periods were billed; the purchase is the first.") int periodsBilled) {

    static RecurringPaymentNode of(RecurringPaymentView view) {
        return new RecurringPaymentNode(Long.toString(view.id()), Long.toString(view.offeringId()),
                view.billingFrequency(), view.amount().toPlainString(), view.amount().currency().getCurrencyCode(),
                view.paused(), view.canceled(),
                view.nextPaymentAt() == null ? null : view.nextPaymentAt().toString(), view.lastPeriod());
    }
}
