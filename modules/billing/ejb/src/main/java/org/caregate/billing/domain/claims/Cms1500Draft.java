package org.caregate.billing.domain.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A whole CMS 1500 as checked input: what {@link Cms1500} is written from. */
public record Cms1500Draft(long patientId, long providerId, Long appointmentId, String serviceLocationId,
                           String patientFirstName, String patientLastName, LocalDate patientDob,
                           String patientGender, Address address, String providerNpi, BigDecimal amountPaid,
                           boolean clientSigOnFile, List<PolicyLine> policies, List<IcdCodeLine> icdCodes,
                           List<CptCodeLine> cptCodes) {

    /** The patient's address as billed. */
    public record Address(String line1, String line2, String city, String state, String zip, String country) {
    }
}
