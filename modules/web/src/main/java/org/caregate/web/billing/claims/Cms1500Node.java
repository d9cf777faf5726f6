package org.caregate.web.billing.claims;

import java.util.List;
import org.caregate.billing.api.claims.Cms1500View;
import org.caregate.web.billing.claims.CodeLineNodes.Cms1500PolicyNode;
import org.caregate.web.billing.claims.CodeLineNodes.CptCodeLineNode;
import org.caregate.web.billing.claims.CodeLineNodes.IcdCodeLineNode;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code Cms1500}. Amounts are decimal strings; {@code status} follows what was paid against the total
 * ("Unpaid", "Partially Paid", "Paid"); {@code amount_reimbursed} stays "0.00" while Caregate records no payer
 * remittances. {@code patient} and {@code provider} are resolved by {@link ClaimsGraphQlApi}.
 */
@Name("Cms1500")
public record Cms1500Node(@Id @Name("id") String id, @Name("name") String name,
                          @Name("amount_paid") String amountPaid,
                          @Name("amount_reimbursed") String amountReimbursed,
                          @Name("total_fee") String totalFee, @Name("balance_due") String balanceDue,
                          @Name("currency") String currency, @Name("status") String status,
                          @Name("service_location_id") String serviceLocationId,
                          @Name("client_sig_on_file") boolean clientSigOnFile,
                          @Id @Name("appointment_id") String appointmentId,
                          @Name("patient_first_name") String patientFirstName,
                          @Name("patient_last_name") String patientLastName,
                          @Name("patient_dob") String patientDob, @Name("npi") String npi,
                          @Name("cms1500_policies") List<Cms1500PolicyNode> policies,
                          @Name("icd_codes_cms1500s") List<IcdCodeLineNode> icdCodes,
                          @Name("cpt_codes_cms1500s") List<CptCodeLineNode> cptCodes,
                          @Name("created_at") String createdAt, @Name("updated_at") String updatedAt,
                          @Ignore long patientId, @Ignore long providerId) {

    static Cms1500Node of(Cms1500View c) {
        return new Cms1500Node(Long.toString(c.id()), "CMS 1500 #" + c.id(), c.amountPaid().toPlainString(),
                c.amountPaid().minus(c.amountPaid()).toPlainString(), c.totalFee().toPlainString(),
                c.balanceDue().toPlainString(), c.totalFee().currency().getCurrencyCode(), c.status(),
                c.serviceLocationId(), c.clientSigOnFile(),
                c.appointmentId() == null ? null : c.appointmentId().toString(), c.patientFirstName(),
                c.patientLastName(), c.patientDob() == null ? null : c.patientDob().toString(), c.providerNpi(),
                c.policies().stream().map(Cms1500PolicyNode::of).toList(),
                c.icdCodes().stream().map(IcdCodeLineNode::of).toList(),
                c.cptCodes().stream().map(CptCodeLineNode::of).toList(),
                c.createdAt().toString(), c.updatedAt().toString(), c.patientId(), c.providerId());
    }
}
