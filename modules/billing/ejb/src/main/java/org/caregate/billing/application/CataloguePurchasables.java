package org.caregate.billing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.caregate.billing.application.invoices.InvoicePayments;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.Purchasables;

/**
 * What a payment can buy today: the organization's packages, at their first payment (the first-time payment when
 * one is set, else the price), and its invoices, at what is still owed (read under the invoice's lock, see
 * {@link InvoicePayments}). Package selections and promo codes are not built yet (docs/billing.md): a payment naming
 * one is refused "not found" rather than recorded without it.
 */
@ApplicationScoped
public class CataloguePurchasables implements Purchasables {

    @Inject
    OfferingRepository offerings;

    @Inject
    InvoicePayments invoicePayments;

    @Override
    public Optional<BigDecimal> price(long organizationId, Kind kind, long id) {
        if (kind == Kind.REQUESTED_PAYMENT) {
            return invoicePayments.payable(organizationId, id);
        }
        if (kind != Kind.OFFERING) {
            return Optional.empty();
        }
        return offerings.find(organizationId, id).map(Offering::initialPayment);
    }
}
