package org.caregate.billing.api.claims;

import org.caregate.billing.api.Money;

/** A procedure line of a claim: CPT code, modifier, units, fee per unit and their product. */
public record CptCodeView(int position, String code, String modifier, int units, Money fee, Money total) {
}
