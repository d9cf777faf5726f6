package org.caregate.billing.domain;

import java.util.Optional;

/**
 * What a payment can pay for — a package ({@code offering_id}), an invoice ({@code requested_payment_id}), a
 * patient's package selection, a promo code — and its price. A payment naming one that is not found is refused "not
 * found" rather than recorded without it.
 */
public interface Purchasables {

    /** The kinds of things a payment can name, with the input field that names them. */
    enum Kind {
        OFFERING("offering_id", "Offering"),
        REQUESTED_PAYMENT("requested_payment_id", "Requested payment"),
        USER_PACKAGE_SELECTION("user_package_selection_id", "Package selection"),
        OFFERING_COUPON("offering_coupon_id", "Promo code");

        public final String field;
        public final String noun;

        Kind(String field, String noun) {
            this.field = field;
            this.noun = noun;
        }
    }

    /** The price, in the organization's currency, of the organization's purchasable; empty when there is none. */
    Optional<java.math.BigDecimal> price(long organizationId, Kind kind, long id);
}
