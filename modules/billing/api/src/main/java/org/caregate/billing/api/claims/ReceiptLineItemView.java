package org.caregate.billing.api.claims;

import java.time.LocalDate;
import org.caregate.billing.api.Money;

/** A payment on a superbill's receipt. */
public record ReceiptLineItemView(int position, String description, Money amount, LocalDate date) {
}
