package org.caregate.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;
import org.caregate.billing.domain.Purchasables;

/**
 * What can be bought, until packages and invoices exist: nothing. A payment naming a package, invoice, package
 * selection or promo code is refused "not found" (docs/billing.md); the packages and invoices step replaces this.
 */
@ApplicationScoped
public class NoPurchasables implements Purchasables {

    @Override
    public Optional<BigDecimal> price(long organizationId, Kind kind, long id) {
        return Optional.empty();
    }
}
