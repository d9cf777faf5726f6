package org.caregate.billing.api.claims;

import java.util.List;

/**
 * A CMS 1500 as a client writes it ({@code createCms1500}, {@code updateCms1500}), as given; on update a field left
 * out ({@code null}) stays as it is.
 */
public record Cms1500Request(ClaimPatient patient, ClaimProvider dietitian, String serviceLocationId,
                             String amountPaid, Boolean clientSigOnFile, String appointmentId,
                             List<CodeLines.Policy> policies, List<CodeLines.Icd> icdCodes,
                             List<CodeLines.Cpt> cptCodes) {

    /** The patient billed (Healthie's {@code PatientInput}), with their address (its {@code LocationInput}). */
    public record ClaimPatient(String id, String firstName, String lastName, String dob, String gender,
                               ClaimAddress location) {
    }

    /** An address on the claim. */
    public record ClaimAddress(String line1, String line2, String city, String state, String zip, String country) {
    }

    /** The rendering provider (Healthie's {@code DietitianInput}): the organization's member and their NPI. */
    public record ClaimProvider(String id, String npi) {
    }
}
