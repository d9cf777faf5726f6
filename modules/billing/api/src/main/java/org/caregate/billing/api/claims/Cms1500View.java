package org.caregate.billing.api.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caregate.billing.api.Money;

/**
 * A CMS 1500 claim as a member sees it, with its computed total (units × fee over its procedure lines) and status
 * ("Unpaid", "Partially Paid", "Paid", from what was paid against the total).
 */
public record Cms1500View(long id, long patientId, long providerId, Long appointmentId, String serviceLocationId,
                          String patientFirstName, String patientLastName, LocalDate patientDob, String patientGender,
                          Cms1500Request.ClaimAddress patientAddress, String providerNpi, Money amountPaid,
                          Money totalFee, Money balanceDue, String status, boolean clientSigOnFile,
                          List<PolicyView> policies, List<IcdCodeView> icdCodes, List<CptCodeView> cptCodes,
                          Instant createdAt, Instant updatedAt) {
}
