package org.caregate.web.billing.recurring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caregate.billing.api.RecurringPaymentsFacade;
import org.caregate.billing.api.RecurringPeriodView;
import org.caregate.web.billing.payments.BillingItemNode;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * A billing item's recurring payment (Caregate additions on Healthie's {@code BillingItem}): {@code recurring_payment}
 * and {@code recurring_period}, {@code null} for a payment billed once.
 */
@GraphQLApi
@ApplicationScoped
public class RecurringPaymentsGraphQlApi {

    @EJB
    RecurringPaymentsFacade recurring;

    @Inject
    CurrentCaller caller;

    @Name("recurring_payment")
    @Description("Caregate addition: the recurring payment this payment is a period of (a package with a billing "
            + "frequency bought without payment_due_date); null when billed once.")
    public List<RecurringPaymentNode> recurringPayment(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> {
            Map<String, RecurringPeriodView> byItem = periods(items);
            return items.stream().map(item -> byItem.get(item.id()))
                    .map(p -> p == null ? null : RecurringPaymentNode.of(p.recurringPayment())).toList();
        });
    }

    @Name("recurring_period")
    @Description("Caregate addition: which period of its recurring payment this payment is (the purchase is 1); "
            + "null when billed once.")
    public List<Integer> recurringPeriod(@Source List<BillingItemNode> items) {
        return GraphQlErrors.query(() -> {
            Map<String, RecurringPeriodView> byItem = periods(items);
            return items.stream().map(item -> byItem.get(item.id()))
                    .map(p -> p == null ? null : p.period()).toList();
        });
    }

    private Map<String, RecurringPeriodView> periods(List<BillingItemNode> items) {
        Map<String, RecurringPeriodView> byItem = new HashMap<>();
        recurring.periodsOf(caller.get(), items.stream().map(item -> Long.parseLong(item.id())).toList())
                .forEach(p -> byItem.put(Long.toString(p.billingItemId()), p));
        return byItem;
    }
}
