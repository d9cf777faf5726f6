package org.caregate.billing.api.claims;

import java.util.List;

/**
 * A superbill as a client writes it ({@code createSuperBill}, {@code updateSuperBill}), as given; on update a field
 * left out ({@code null}) stays as it is.
 *
 * @param dietitianId   the provider (seed 001 spells the argument {@code dietetitian_id})
 * @param appointmentId the visit it bills, optional: the organization's appointment of the same patient
 */
public record SuperBillRequest(String patientId, String patientDob, String dietitianId, String providerName,
                               String serviceDate, String amountPaid, String status, String appointmentId,
                               List<CodeLines.Icd> icdCodes, List<CodeLines.Cpt> cptCodes,
                               List<CodeLines.Receipt> receiptLineItems) {
}
