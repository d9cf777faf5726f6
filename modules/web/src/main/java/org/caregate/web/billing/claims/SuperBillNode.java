package org.caregate.web.billing.claims;

import java.util.List;
import org.caregate.billing.api.claims.SuperBillView;
import org.caregate.web.billing.claims.CodeLineNodes.CptCodeLineNode;
import org.caregate.web.billing.claims.CodeLineNodes.IcdCodeLineNode;
import org.caregate.web.billing.claims.CodeLineNodes.ReceiptLineItemNode;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code SuperBill}. Amounts are decimal strings with the currency's scale; {@code total_fee} is units ×
 * fee over the procedure lines, {@code balance_due} what of it is unpaid. {@code patient} and {@code provider} are
 * resolved by {@link ClaimsGraphQlApi}.
 */
@Name("SuperBill")
public record SuperBillNode(@Id @Name("id") String id, @Name("name") String name,
                            @Name("amount_paid") String amountPaid, @Name("balance_due") String balanceDue,
                            @Name("total_fee") String totalFee, @Name("currency") String currency,
                            @Name("status") String status, @Name("provider_name") String providerName,
                            @Name("patient_dob") String patientDob, @Name("service_date") String serviceDate,
                            @Id @Name("appointment_id") String appointmentId,
                            @Name("icd_codes_super_bills") List<IcdCodeLineNode> icdCodes,
                            @Name("cpt_codes_super_bills") List<CptCodeLineNode> cptCodes,
                            @Name("receipt_line_items") List<ReceiptLineItemNode> receiptLineItems,
                            @Name("created_at") String createdAt, @Name("updated_at") String updatedAt,
                            @Ignore long patientId, @Ignore long providerId) {

    static SuperBillNode of(SuperBillView s) {
        return new SuperBillNode(Long.toString(s.id()), "Superbill " + s.serviceDate(),
                s.amountPaid().toPlainString(), s.balanceDue().toPlainString(), s.totalFee().toPlainString(),
                s.totalFee().currency().getCurrencyCode(), s.status(), s.providerName(), s.patientDob().toString(),
                s.serviceDate().toString(), s.appointmentId() == null ? null : s.appointmentId().toString(),
                s.icdCodes().stream().map(IcdCodeLineNode::of).toList(),
                s.cptCodes().stream().map(CptCodeLineNode::of).toList(),
                s.receiptLineItems().stream().map(ReceiptLineItemNode::of).toList(),
                s.createdAt().toString(), s.updatedAt().toString(), s.patientId(), s.providerId());
    }
}
