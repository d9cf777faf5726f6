package org.caregate.billing.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.domain.OrganizationBilling;
import org.caregate.billing.domain.OrganizationBillingRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.input.Access;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The currency an organization bills in: its own choice, else the deployment's default
 * (CAREGATE_BILLING_DEFAULT_CURRENCY, USD). Owners and admins choose; the change is audited.
 */
@Stateless
public class BillingSettingsFacadeBean implements BillingSettingsFacade {

    private static final String ADMINISTRATORS_ONLY = "Only the organization's owner and admins change billing settings";

    @Inject
    OrganizationBillingRepository settings;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "caregate.billing.default-currency", defaultValue = "USD")
    String defaultCurrency;

    Clock clock = Clock.systemUTC();

    @Override
    public Currency currency(Caller caller) {
        Access.requireMember(caller);
        return settings.find(caller.organizationId()).map(OrganizationBilling::currency)
                .orElseGet(() -> Currency.getInstance(defaultCurrency));
    }

    @Override
    public Currency changeCurrency(Caller caller, String code) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Currency chosen = currencyOf(code);
        settings.billIn(caller.organizationId(), chosen, clock.instant());
        audit.record(caller, "billing_settings.updated", "organization", caller.organizationId() + "");
        return chosen;
    }

    /**
     * An ISO 4217 code Java knows, in any case, of a currency with at most two minor-unit digits (the amount columns
     * keep two); anything else — three-digit currencies such as KWD, funds and metals such as XAU — is refused on
     * {@code currency}.
     */
    static Currency currencyOf(String code) {
        String trimmed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!trimmed.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as USD");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(trimmed);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("currency", "is not a known ISO 4217 currency");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0 || digits > 2) {
            throw new InvalidInputException("currency", "must be a currency with at most two decimal places");
        }
        return currency;
    }
}
