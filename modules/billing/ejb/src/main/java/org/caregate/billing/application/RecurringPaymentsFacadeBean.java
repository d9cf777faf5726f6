package org.caregate.billing.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.RecurringPaymentView;
import org.caregate.billing.api.RecurringPaymentsFacade;
import org.caregate.billing.api.RecurringPeriodView;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.RecurringPayment;
import org.caregate.billing.domain.RecurringPaymentRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.input.Access;

/** Reads recurring payments through the payments that belong to them, scoped to what the caller may see. */
@Stateless
public class RecurringPaymentsFacadeBean implements RecurringPaymentsFacade {

    /** Most payments asked about at once (a page of payments is at most 100). */
    static final int MAX_ITEMS = 1000;

    @Inject
    BillingItemRepository items;

    @Inject
    RecurringPaymentRepository schedules;

    @Override
    public List<RecurringPeriodView> periodsOf(Caller caller, List<Long> billingItemIds) {
        Access.requireAuthenticated(caller);
        long organization = caller.organizationId();
        List<BillingItem> periods = new ArrayList<>();
        for (Long id : billingItemIds.subList(0, Math.min(billingItemIds.size(), MAX_ITEMS))) {
            items.find(organization, id)
                    .filter(i -> i.recurringPaymentId() != null)
                    .filter(i -> caller.isMember() || i.senderId() == caller.userId())
                    .ifPresent(periods::add);
        }
        Map<Long, RecurringPaymentView> byId = new HashMap<>();
        schedules.find(organization, periods.stream().map(BillingItem::recurringPaymentId).distinct().toList())
                .forEach(p -> byId.put(p.id(), view(p)));
        return periods.stream().filter(i -> byId.containsKey(i.recurringPaymentId()))
                .map(i -> new RecurringPeriodView(i.id(), i.recurringPeriod(), byId.get(i.recurringPaymentId())))
                .toList();
    }

    private static RecurringPaymentView view(RecurringPayment p) {
        boolean canceled = p.state() == RecurringPayment.State.CANCELED;
        return new RecurringPaymentView(p.id(), p.offeringId(), p.frequency().label(),
                new Money(p.amount(), p.currency()), p.state() == RecurringPayment.State.PAUSED, canceled,
                canceled ? null : p.nextPaymentAt(), p.lastPeriod());
    }
}
