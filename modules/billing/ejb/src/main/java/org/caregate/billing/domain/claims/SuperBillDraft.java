package org.caregate.billing.domain.claims;

import java.time.LocalDate;
import java.util.List;
import org.caregate.billing.api.Money;

/** A whole superbill as checked input: what {@link SuperBill} is written from. */
public record SuperBillDraft(long patientId, long providerId, Long appointmentId, String providerName,
                             LocalDate patientDob, LocalDate serviceDate, String status, Money amountPaid,
                             List<IcdCodeLine> icdCodes, List<CptCodeLine> cptCodes, List<ReceiptLine> receiptLines) {
}
