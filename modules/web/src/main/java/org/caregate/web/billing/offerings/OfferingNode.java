package org.caregate.web.billing.offerings;

import java.math.BigDecimal;
import java.util.List;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.OfferingView;
import org.caregate.web.scheduling.AppointmentTypeNode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code Offering} (a package), its amounts as strings the way seed 001 prints them ({@code "100.0"}):
 * exact decimals, never floating point.
 */
@Name("Offering")
@Description("A package: a price charged once or every billing period, and the appointment sessions it includes.")
public record OfferingNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("description") String description,
        @Name("price") String price,
        @Name("currency") String currency,
        @Name("repeat_times") Integer repeatTimes,
        @Name("show_offering") Boolean showOffering,
        @Name("frequency_times_string") String frequencyTimesString,
        @Name("abbreviated_frequency_times_string") String abbreviatedFrequencyTimesString,
        @Name("living_plate_meal_plan_name") String livingPlateMealPlanName,
        @Name("billing_frequency") String billingFrequency,
        @Name("first_time_payment") String firstTimePayment,
        @Name("archived") Boolean archived,
        @Name("visibility_status") String visibilityStatus,
        @Id @Name("user_group_id") String userGroupId,
        @Name("charge_immediately") Boolean chargeImmediately,
        @Name("initial_payment_amount") String initialPaymentAmount,
        @Name("initial_price_with_taxes") String initialPriceWithTaxes,
        @Name("offering_includes") List<OfferingIncludeNode> offeringIncludes,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt) {

    static OfferingNode of(OfferingView offering) {
        if (offering == null) {
            return null;
        }
        return new OfferingNode(Long.toString(offering.id()), offering.name(), offering.description(),
                amount(offering.price()), offering.price().currency().getCurrencyCode(), offering.repeatTimes(),
                !"hidden".equals(offering.visibilityStatus()), offering.frequencyTimes(), "", null,
                offering.billingFrequency(), amount(offering.firstTimePayment()), offering.archived(),
                offering.visibilityStatus(), offering.userGroupId() == null ? null : offering.userGroupId().toString(),
                offering.chargeImmediately(), amount(offering.initialPaymentAmount()),
                amount(offering.initialPaymentAmount()),
                offering.includes().stream().map(OfferingIncludeNode::of).toList(),
                offering.createdAt().toString(), offering.updatedAt().toString());
    }

    /**
     * An amount as Healthie prints a package's: the fewest decimals that say it, at least one ({@code "100.0"},
     * {@code "99.5"}, {@code "99.99"}).
     */
    static String amount(Money money) {
        if (money == null) {
            return null;
        }
        BigDecimal amount = money.amount().stripTrailingZeros();
        return (amount.scale() < 1 ? amount.setScale(1) : amount).toPlainString();
    }

    /** Healthie's {@code OfferingInclude}: {@code quantity} sessions of an appointment type (a string, as printed). */
    @Name("OfferingInclude")
    public record OfferingIncludeNode(
            @Id @Name("id") String id,
            @Name("quantity") String quantity,
            @Name("is_repeating") Boolean isRepeating,
            @Name("appointment_type") AppointmentTypeNode appointmentType) {

        static OfferingIncludeNode of(OfferingView.Include include) {
            return new OfferingIncludeNode(Long.toString(include.id()), Integer.toString(include.quantity()),
                    include.repeating(), AppointmentTypeNode.named(Long.toString(include.appointmentTypeId()),
                    include.appointmentTypeName(), include.clientsCanBook()));
        }
    }
}
