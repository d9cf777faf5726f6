package org.caregate.billing.api.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caregate.billing.api.Money;

/**
 * A superbill as the caller may see it, with its computed totals: {@code totalFee} the sum of units × fee of its
 * procedure lines, {@code balanceDue} what of it is not paid (never below zero).
 */
public record SuperBillView(long id, long patientId, long providerId, Long appointmentId, String providerName,
                            LocalDate patientDob, LocalDate serviceDate, String status, Money amountPaid,
                            Money totalFee, Money balanceDue, List<IcdCodeView> icdCodes, List<CptCodeView> cptCodes,
                            List<ReceiptLineItemView> receiptLineItems, Instant createdAt, Instant updatedAt) {
}
