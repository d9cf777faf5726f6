package org.caregate.billing.api;

import jakarta.ejb.Local;
import java.util.Currency;
import org.caregate.kernel.Caller;

/**
 * The organization's billing settings: the one currency its prices, payments, invoices and claims are written in.
 * An organization that never chose one bills in the deployment's default ({@code caregate.billing.default-currency},
 * USD unless set). Members read it; owners and admins change it.
 */
@Local
public interface BillingSettingsFacade {

    /** The caller's organization's currency. */
    Currency currency(Caller caller);

    /** Chooses the organization's currency by its ISO 4217 code ({@code "USD"}, {@code "EUR"}); answers it. */
    Currency changeCurrency(Caller caller, String code);
}
