package org.caregate.billing.domain.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A whole superbill as checked input: what {@link SuperBill} is written from. */
public record SuperBillDraft(long patientId, long providerId, Long appointmentId, String providerName,
                             LocalDate patientDob, LocalDate serviceDate, String status, BigDecimal amountPaid,
                             List<IcdCodeLine> icdCodes, List<CptCodeLine> cptCodes, List<ReceiptLine> receiptLines) {
}
